package id.aduan.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statistics tables: the facts each report last contributed, and the tallies summed from them. Reading a figure
 * sums at most a few dozen tally rows per code (months, plus the edge days of a date range), whatever the number of
 * reports.
 */
@Repository
class TallyStore {

    private static final String SUMS =
            Tally.COLUMNS.stream().map(column -> "sum(" + column + ")").collect(Collectors.joining(", "));

    private static final String IN_PERIOD = " and ((grain = 'M' and period >= :m1 and period < :m2)"
            + " or (grain = 'D' and ((period >= :from and period < :m1) or (period >= :m2 and period < :until))))";

    private static final String ALL_TIME = " and grain = 'M'";

    private final NamedParameterJdbcTemplate jdbc;

    TallyStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- reading

    /** The sum over these codes of a scope in the period. */
    Tally sum(Scope scope, Collection<String> codes, Period period) {
        var sums = sumByCode(scope, codes, period);
        var total = new Tally();
        sums.values().forEach(tally -> total.add(tally, 1));
        return total;
    }

    /**
     * The sums of each code of a scope in the period; {@code codes} null for every code, then without the first
     * answers' working days (a breakdown of every code has no median: reading them would read a row per code, month
     * and number of days).
     */
    Map<String, Tally> sumByCode(Scope scope, Collection<String> codes, Period period) {
        if (codes != null && codes.isEmpty()) {
            return Map.of();
        }
        var params = params(scope, codes, period);
        var where = where(codes, period);
        var values = new HashMap<String, long[]>();
        jdbc.query("select code, " + SUMS + " from statistics_tally" + where + " group by code", params, row -> {
            values.put(row.getString("code"), values(row));
        });
        var answerDays = new HashMap<String, Map<Integer, Long>>();
        if (codes != null) {
            jdbc.query(
                    "select code, working_days, sum(answers) as answers from statistics_answer_days" + where
                            + " group by code, working_days",
                    params,
                    row -> {
                        answerDays
                                .computeIfAbsent(row.getString("code"), code -> new TreeMap<>())
                                .put(row.getInt("working_days"), row.getLong("answers"));
                    });
        }
        var sums = new HashMap<String, Tally>();
        values.forEach((code, sum) -> sums.put(code, Tally.read(sum, answerDays.getOrDefault(code, Map.of()))));
        return sums;
    }

    /** The sums of these codes of a scope in each month from {@code first} to {@code last}, months without any too. */
    Map<YearMonth, Tally> sumByMonth(Scope scope, Collection<String> codes, YearMonth first, YearMonth last) {
        var months = new TreeMap<YearMonth, Tally>();
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new Tally());
        }
        if (codes.isEmpty()) {
            return months;
        }
        var params = params(scope, codes, Period.month(first))
                .addValue("m1", first.atDay(1))
                .addValue("m2", last.plusMonths(1).atDay(1));
        var where = " where scope = :scope and code in (:codes) and grain = 'M' and period >= :m1 and period < :m2";
        var values = new HashMap<YearMonth, long[]>();
        jdbc.query("select period, " + SUMS + " from statistics_tally" + where + " group by period", params, row -> {
            values.put(YearMonth.from(row.getObject("period", LocalDate.class)), values(row));
        });
        var answerDays = new HashMap<YearMonth, Map<Integer, Long>>();
        jdbc.query(
                "select period, working_days, sum(answers) as answers from statistics_answer_days" + where
                        + " group by period, working_days",
                params,
                row -> {
                    answerDays
                            .computeIfAbsent(
                                    YearMonth.from(row.getObject("period", LocalDate.class)), month -> new TreeMap<>())
                            .put(row.getInt("working_days"), row.getLong("answers"));
                });
        values.forEach((month, sum) -> months.put(month, Tally.read(sum, answerDays.getOrDefault(month, Map.of()))));
        return months;
    }

    private static MapSqlParameterSource params(Scope scope, Collection<String> codes, Period period) {
        var params = new MapSqlParameterSource("scope", scope.name());
        if (codes != null) {
            params.addValue("codes", codes);
        }
        if (!period.isAllTime()) {
            params.addValue("from", period.from())
                    .addValue("until", period.until())
                    .addValue("m1", period.firstWholeMonth())
                    .addValue("m2", period.endOfWholeMonths());
        }
        return params;
    }

    private static String where(Collection<String> codes, Period period) {
        return " where scope = :scope" + (codes == null ? "" : " and code in (:codes)")
                + (period.isAllTime() ? ALL_TIME : IN_PERIOD);
    }

    private static long[] values(ResultSet row) throws SQLException {
        var values = new long[Tally.COLUMNS.size()];
        for (var i = 0; i < values.length; i++) {
            values[i] = row.getLong(i + 2);
        }
        return values;
    }

    // --- writing (only the refresher, one at a time)

    /**
     * Adds each delta to its tally row, creating the rows that do not exist yet: one {@code merge} (SQL:2003, in H2 and
     * PostgreSQL 15) per {@value #MERGED_ROWS} rows, since a catch-up after an upgrade adds to hundreds of thousands.
     */
    void add(Map<TallyKey, Tally> deltas) {
        var tallyRows = new ArrayList<List<Object>>();
        var dayRows = new ArrayList<List<Object>>();
        deltas.forEach((key, delta) -> {
            if (delta.isZero()) {
                return;
            }
            var row = key(key);
            for (var value : delta.values()) {
                row.add(value);
            }
            tallyRows.add(row);
            delta.answerDays().forEach((days, answers) -> {
                var dayRow = key(key);
                dayRow.add(days);
                dayRow.add(answers);
                dayRows.add(dayRow);
            });
        });
        merge("statistics_tally", Tally.COLUMNS, tallyRows);
        merge("statistics_answer_days", List.of("working_days", "answers"), dayRows);
    }

    static final int MERGED_ROWS = 400;

    private static final List<String> KEY = List.of("scope", "code", "grain", "period");

    /** Adds rows into a table whose key is {@link #KEY} (and, for the answer days, the working days). */
    private void merge(String table, List<String> columns, List<List<Object>> rows) {
        var all = new ArrayList<>(KEY);
        all.addAll(columns);
        var keyColumns = new ArrayList<>(KEY);
        var sums = new ArrayList<>(columns);
        if (columns.contains("working_days")) {
            keyColumns.add("working_days");
            sums.remove("working_days");
        }
        var tuple = all.stream()
                .map(column -> "cast(? as " + (KEY.contains(column) ? keyType(column) : "bigint") + ")")
                .collect(Collectors.joining(", ", "(", ")"));
        for (var from = 0; from < rows.size(); from += MERGED_ROWS) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + MERGED_ROWS));
            var sql = "merge into " + table + " t using (values "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple))
                    + ") as d(" + String.join(", ", all) + ") on "
                    + keyColumns.stream().map(c -> "t." + c + " = d." + c).collect(Collectors.joining(" and "))
                    + " when matched then update set "
                    + sums.stream().map(c -> c + " = t." + c + " + d." + c).collect(Collectors.joining(", "))
                    + " when not matched then insert (" + String.join(", ", all) + ") values ("
                    + all.stream().map(c -> "d." + c).collect(Collectors.joining(", ")) + ")";
            var args = chunk.stream().flatMap(List::stream).toArray();
            jdbc.getJdbcTemplate().update(sql, args);
        }
    }

    private static String keyType(String column) {
        return switch (column) {
            case "period" -> "date";
            case "grain" -> "char(1)";
            default -> "varchar(40)";
        };
    }

    private static List<Object> key(TallyKey key) {
        var row = new ArrayList<Object>();
        row.add(key.scope().name());
        row.add(key.code());
        row.add(String.valueOf(key.grain()));
        row.add(key.period());
        return row;
    }
}
