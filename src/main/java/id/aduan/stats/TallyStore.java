package id.aduan.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
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

    private static final String WHOLE_MONTHS = " and period >= :m1 and period < :m2";

    private final NamedParameterJdbcTemplate jdbc;
    private final Cache<List<Object>, Map<String, Tally>> everyCode;

    TallyStore(NamedParameterJdbcTemplate jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.everyCode = Caffeine.newBuilder()
                .expireAfterWrite(properties.refreshInterval())
                .maximumSize(200)
                .build();
    }

    /**
     * The sums of every code of a scope in the period, without medians, kept for one refresh interval: the league
     * table, the province and government pages and the breakdowns all read every agency's months, and their figures
     * are that old anyway (on the node that refreshed them, they are read again at once).
     */
    Map<String, Tally> sumEveryCode(Scope scope, Period period) {
        return everyCode.get(List.of(scope, period), key -> Map.copyOf(sumByCode(scope, null, period, false)));
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
     * The sums of each code of a scope in the period: its whole months from the tallies, the days before and after
     * them from the facts. {@code codes} null for every code, then without the first answers' working days (a
     * breakdown of every code has no median: reading them would read a row per code, month and number of days).
     */
    Map<String, Tally> sumByCode(Scope scope, Collection<String> codes, Period period) {
        return sumByCode(scope, codes, period, codes != null);
    }

    /** The same, with the first answers' working days ({@code medians}) or without them. */
    Map<String, Tally> sumByCode(Scope scope, Collection<String> codes, Period period, boolean medians) {
        if (codes != null && codes.isEmpty()) {
            return Map.of();
        }
        var params = params(scope, codes, period);
        var where = " where scope = :scope" + (codes == null ? "" : " and code in (:codes)")
                + (period.isAllTime() ? "" : WHOLE_MONTHS);
        var values = new HashMap<String, long[]>();
        var answerDays = new HashMap<String, Map<Integer, Long>>();
        jdbc.query("select code, " + SUMS + " from statistics_tally" + where + " group by code", params, row -> {
            values.put(row.getString("code"), values(row));
        });
        if (medians) {
            readAnswerDays("code", where, params, (row, index) -> row.getString("code"), answerDays);
        }
        if (!period.wholeMonths()) {
            addEdgeDays(scope, codes, params, values, medians ? answerDays : null);
        }
        var sums = new HashMap<String, Tally>();
        values.forEach((code, sum) -> sums.put(code, Tally.read(sum, answerDays.getOrDefault(code, Map.of()))));
        return sums;
    }

    /**
     * The days of a range outside its whole months: the country's from its day rows ({@link Scope#DAY}), any other
     * code's summed from the facts as {@link Tally#of} counts them (at most two months' worth of reports).
     */
    private void addEdgeDays(
            Scope scope,
            Collection<String> codes,
            MapSqlParameterSource params,
            Map<String, long[]> values,
            Map<String, Map<Integer, Long>> answerDays) {
        if (scope == Scope.NATIONAL) {
            var where = " where scope = '" + Scope.DAY + "'" + edgeDays("period");
            jdbc.query("select code, " + SUMS + " from statistics_tally" + where + " group by code", params, row -> {
                add(values, row);
            });
            if (answerDays != null) {
                readAnswerDays("code", where, params, (row, index) -> row.getString("code"), answerDays);
            }
            return;
        }
        var assignments = scope == Scope.AGENCY;
        var code =
                switch (scope) {
                    case AGENCY -> "agency_code";
                    case CATEGORY -> "category_code";
                    case REGION -> "region_code";
                    case CHANNEL -> "channel";
                    case NATIONAL, DAY, GOVERNMENT, PROVINCE ->
                        throw new IllegalArgumentException(
                                scope + " rows hold whole months only: read a range's edge days from the agencies'");
                };
        var where = " from " + (assignments ? "statistics_assignment" : "statistics_report") + " where 1 = 1"
                + (codes == null ? "" : " and " + code + " in (:codes)") + edgeDays("filing_date");
        jdbc.query("select " + code + " as code, " + factSums() + where + " group by " + code, params, row -> {
            add(values, row);
        });
        if (answerDays != null) {
            jdbc.query(
                    "select " + code + " as code, " + ANSWER_DAYS + " as working_days, count(*) as answers" + where
                            + " and first_answer_days is not null group by " + code + ", " + ANSWER_DAYS,
                    params,
                    row -> {
                        answerDays
                                .computeIfAbsent(row.getString("code"), c -> new TreeMap<>())
                                .merge(row.getInt("working_days"), row.getLong("answers"), Long::sum);
                    });
        }
    }

    private static String edgeDays(String column) {
        return " and ((" + column + " >= :from and " + column + " < :m1) or (" + column + " >= :m2 and " + column
                + " < :until))";
    }

    /** The first answers' working days as the tallies count them: {@value Tally#MAX_ANSWER_DAYS} or more as one. */
    private static final String ANSWER_DAYS = "case when first_answer_days > " + Tally.MAX_ANSWER_DAYS + " then "
            + Tally.MAX_ANSWER_DAYS + " else first_answer_days end";

    /** The facts' sums in the order of {@link Tally#COLUMNS}, as {@link Tally#of} counts each report or assignment. */
    private static String factSums() {
        var notReceived = Arrays.stream(Bucket.values())
                .filter(bucket -> !bucket.received())
                .map(bucket -> "'" + bucket.name() + "'")
                .collect(Collectors.joining(", "));
        var sums = new StringBuilder("sum(case when bucket not in (" + notReceived + ") then 1 else 0 end)");
        for (var bucket : Bucket.values()) {
            sums.append(", sum(case when bucket = '").append(bucket.name()).append("' then 1 else 0 end)");
        }
        return sums.append(", sum(case when overdue then 1 else 0 end), count(first_answer_days),"
                        + " sum(case when first_answer_on_time then 1 else 0 end), coalesce(sum(rating), 0),"
                        + " count(rating), coalesce(sum(objections), 0)")
                .toString();
    }

    private static void add(Map<String, long[]> values, ResultSet row) throws SQLException {
        var edge = values(row);
        var sum = values.computeIfAbsent(row.getString("code"), c -> new long[Tally.COLUMNS.size()]);
        for (var i = 0; i < sum.length; i++) {
            sum[i] += edge[i];
        }
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
        var params = new MapSqlParameterSource("scope", scope.name())
                .addValue("codes", codes)
                .addValue("m1", first.atDay(1))
                .addValue("m2", last.plusMonths(1).atDay(1));
        var where = " where scope = :scope and code in (:codes)" + WHOLE_MONTHS;
        var values = new HashMap<YearMonth, long[]>();
        jdbc.query("select period, " + SUMS + " from statistics_tally" + where + " group by period", params, row -> {
            values.put(YearMonth.from(row.getObject("period", LocalDate.class)), values(row));
        });
        var answerDays = new HashMap<YearMonth, Map<Integer, Long>>();
        readAnswerDays(
                "period",
                where,
                params,
                (row, index) -> YearMonth.from(row.getObject("period", LocalDate.class)),
                answerDays);
        values.forEach((month, sum) -> months.put(month, Tally.read(sum, answerDays.getOrDefault(month, Map.of()))));
        return months;
    }

    /** The first answers by working days of the rows {@code where} selects, per code or per month ({@code key}). */
    private <K> void readAnswerDays(
            String key,
            String where,
            MapSqlParameterSource params,
            RowMapper<K> keyOf,
            Map<K, Map<Integer, Long>> into) {
        jdbc.query(
                "select " + key + ", working_days, sum(answers) as answers from statistics_answer_days" + where
                        + " group by " + key + ", working_days",
                params,
                row -> {
                    into.computeIfAbsent(keyOf.mapRow(row, 0), k -> new TreeMap<>())
                            .merge(row.getInt("working_days"), row.getLong("answers"), Long::sum);
                });
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

    private static long[] values(ResultSet row) throws SQLException {
        var values = new long[Tally.COLUMNS.size()];
        for (var i = 0; i < values.length; i++) {
            values[i] = row.getLong(i + 2);
        }
        return values;
    }

    // --- writing (only the refresher, one at a time)

    /**
     * Makes the country's day rows ({@link Scope#DAY}) from the reports' facts: once, on the first refresh after the
     * upgrade that added them; from then on the refresher adds to them as to the others.
     */
    void keepDaysFromFacts() {
        jdbc.update("delete from statistics_tally where scope = :day", Map.of("day", Scope.DAY.name()));
        jdbc.update("delete from statistics_answer_days where scope = :day", Map.of("day", Scope.DAY.name()));
        var day = Map.of("day", Scope.DAY.name(), "nation", Scope.NONE);
        jdbc.update(
                "insert into statistics_tally (scope, code, period, " + String.join(", ", Tally.COLUMNS) + ")"
                        + " select :day, :nation, filing_date, " + factSums()
                        + " from statistics_report group by filing_date",
                day);
        jdbc.update(
                "insert into statistics_answer_days (scope, code, period, working_days, answers)"
                        + " select :day, :nation, filing_date, " + ANSWER_DAYS + ", count(*) from statistics_report"
                        + " where first_answer_days is not null group by filing_date, " + ANSWER_DAYS,
                day);
        everyCode.invalidateAll();
    }

    /** Agencies' tally rows read per round trip while rolling them up (there are hundreds of thousands). */
    private static final int ROLL_UP_FETCH = 10_000;

    /**
     * Makes the governments' and provinces' rows from the agencies' ({@link Hierarchy}): once, after the upgrade from
     * before they were kept.
     */
    void rollUp(Hierarchy hierarchy) {
        var rolledUp = List.of(Scope.GOVERNMENT.name(), Scope.PROVINCE.name());
        jdbc.update("delete from statistics_tally where scope in (:scopes)", Map.of("scopes", rolledUp));
        jdbc.update("delete from statistics_answer_days where scope in (:scopes)", Map.of("scopes", rolledUp));
        var sums = new HashMap<TallyKey, Tally>();
        readAgencyRows(
                null,
                (code, month, tally) -> hierarchy.rollUp(
                        code,
                        (scope, rolled) -> sums.computeIfAbsent(new TallyKey(scope, rolled, month), key -> new Tally())
                                .add(tally, 1)));
        add(sums);
    }

    /** Takes these agencies' rows from the government and province they had {@code before} and adds them to their new. */
    void move(Collection<String> agencies, Hierarchy before, Hierarchy now) {
        var deltas = new HashMap<TallyKey, Tally>();
        readAgencyRows(agencies, (code, month, tally) -> {
            before.rollUp(
                    code,
                    (scope, rolled) -> deltas.computeIfAbsent(new TallyKey(scope, rolled, month), key -> new Tally())
                            .add(tally, -1));
            now.rollUp(
                    code,
                    (scope, rolled) -> deltas.computeIfAbsent(new TallyKey(scope, rolled, month), key -> new Tally())
                            .add(tally, 1));
        });
        add(deltas);
    }

    /** Each month row of these agencies (all, for null) as a tally, its answer days apart. */
    private void readAgencyRows(Collection<String> agencies, AgencyRow into) {
        var params = new MapSqlParameterSource("agency", Scope.AGENCY.name());
        var where = " where scope = :agency";
        if (agencies != null) {
            params.addValue("codes", agencies);
            where += " and code in (:codes)";
        }
        var reader = new NamedParameterJdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        reader.getJdbcTemplate().setFetchSize(ROLL_UP_FETCH);
        reader.query(
                "select code, " + String.join(", ", Tally.COLUMNS) + ", period from statistics_tally" + where,
                params,
                row -> {
                    into.add(
                            row.getString("code"),
                            row.getObject("period", LocalDate.class),
                            Tally.read(values(row), Map.of()));
                });
        var none = new long[Tally.COLUMNS.size()];
        reader.query("select code, period, working_days, answers from statistics_answer_days" + where, params, row -> {
            into.add(
                    row.getString("code"),
                    row.getObject("period", LocalDate.class),
                    Tally.read(none, Map.of(row.getInt("working_days"), row.getLong("answers"))));
        });
    }

    @FunctionalInterface
    private interface AgencyRow {
        void add(String code, LocalDate month, Tally tally);
    }

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
        if (!tallyRows.isEmpty()) {
            everyCode.invalidateAll();
        }
        merge("statistics_tally", Tally.COLUMNS, tallyRows);
        merge("statistics_answer_days", List.of("working_days", "answers"), dayRows);
    }

    static final int MERGED_ROWS = 400;

    private static final List<String> KEY = List.of("scope", "code", "period");

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
            default -> "varchar(40)";
        };
    }

    private static List<Object> key(TallyKey key) {
        var row = new ArrayList<Object>();
        row.add(key.scope().name());
        row.add(key.code());
        row.add(key.period());
        return row;
    }
}
