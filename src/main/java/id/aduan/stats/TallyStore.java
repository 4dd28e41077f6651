package id.aduan.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

    /** Adds each delta to its tally row, creating the rows that do not exist yet. */
    void add(Map<TallyKey, Tally> deltas) {
        var keys = new ArrayList<TallyKey>();
        var updates = new ArrayList<SqlParameterSource>();
        var dayKeys = new ArrayList<TallyKey>();
        var dayUpdates = new ArrayList<SqlParameterSource>();
        deltas.forEach((key, delta) -> {
            if (delta.isZero()) {
                return;
            }
            var params = key(key);
            var values = delta.values();
            for (var i = 0; i < values.length; i++) {
                params.addValue(Tally.COLUMNS.get(i), values[i]);
            }
            keys.add(key);
            updates.add(params);
            delta.answerDays().forEach((days, answers) -> {
                dayKeys.add(key);
                dayUpdates.add(key(key).addValue("days", days).addValue("answers", answers));
            });
        });
        var set = Tally.COLUMNS.stream()
                .map(column -> column + " = " + column + " + :" + column)
                .collect(Collectors.joining(", "));
        insertMissing(
                "update statistics_tally set " + set + KEY,
                "insert into statistics_tally (scope, code, grain, period, " + String.join(", ", Tally.COLUMNS)
                        + ") values (:scope, :code, :grain, :period, :"
                        + String.join(", :", Tally.COLUMNS) + ")",
                updates);
        insertMissing(
                "update statistics_answer_days set answers = answers + :answers" + KEY + " and working_days = :days",
                "insert into statistics_answer_days (scope, code, grain, period, working_days, answers)"
                        + " values (:scope, :code, :grain, :period, :days, :answers)",
                dayUpdates);
    }

    private static final String KEY = " where scope = :scope and code = :code and grain = :grain and period = :period";

    private void insertMissing(String update, String insert, List<SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var updated = jdbc.batchUpdate(update, rows.toArray(SqlParameterSource[]::new));
        var missing = new ArrayList<SqlParameterSource>();
        for (var i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate(insert, missing.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource key(TallyKey key) {
        return new MapSqlParameterSource("scope", key.scope().name())
                .addValue("code", key.code())
                .addValue("grain", String.valueOf(key.grain()))
                .addValue("period", key.period());
    }
}
