package id.aduan.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.aduan.agency.Agency;
import id.aduan.agency.AgencyLevel;
import id.aduan.integration.ConnectedInstallation;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.RemoteInstallations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published statistics (docs/statistics.md): any level (the country, a province, a government with its units, an
 * agency, a category, a region, a channel) in any period (a filing year, a month, a range of days, all time), the
 * months of a year for the charts, breakdowns, the league table of governments, the backlog and which governments are
 * connected. Everything is read from the tallies {@link StatisticsRefresher} keeps, so a page sums a few dozen rows
 * whatever the number of reports; the figures are as of {@link #asOf()}, at most the refresh interval behind.
 * Confidential reports count like the others: numbers reveal nothing of them.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private static final Comparator<LeagueTable.Entry> LEAGUE_ORDER = Comparator.comparing(
                    (LeagueTable.Entry entry) -> entry.counts().completionRate(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(entry -> entry.counts().onTimeRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(entry -> entry.counts().received(), Comparator.reverseOrder())
            .thenComparing(LeagueTable.Entry::agencyCode);

    private static final int OLDEST = 10;

    /** The first year a request may ask for. */
    private static final int FIRST_YEAR = 2000;

    private final TallyStore tallies;
    private final Levels levels;
    private final StatisticsRefresher refresher;
    private final StatisticsProperties properties;
    private final IntegrationService integrations;
    private final RemoteInstallations installations;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Cache<String, Boolean> staffed =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();
    private final Cache<Integer, ConnectedGovernments> connectedGovernments =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build();

    StatisticsService(
            TallyStore tallies,
            Levels levels,
            StatisticsRefresher refresher,
            StatisticsProperties properties,
            IntegrationService integrations,
            RemoteInstallations installations,
            IdentityService identity,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.tallies = tallies;
        this.levels = levels;
        this.refresher = refresher;
        this.properties = properties;
        this.integrations = integrations;
        this.installations = installations;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The year it is now in WIB, the default period of published figures. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(FactReader.PUBLISHED_ZONE)).getYear();
    }

    /**
     * The period a request names ({@link Period#parse}), the current year when it names none; throws
     * {@link IllegalArgumentException} saying how to write one.
     */
    public Period period(String text) {
        return text == null || text.isBlank() ? Period.year(currentYear()) : Period.parse(text.strip());
    }

    /** The year a request names, the current one when it names none; throws {@link IllegalArgumentException}. */
    public int year(Integer year) {
        if (year == null) {
            return currentYear();
        }
        if (year < FIRST_YEAR || year > 9999) {
            throw new IllegalArgumentException("must be a year from " + FIRST_YEAR + ", such as " + currentYear());
        }
        return year;
    }

    /** The numbers of one level's code in a period; throws {@link UnknownCodeException} for an unknown code. */
    public Figures figures(Level level, String code, Period period) {
        var target = levels.target(level, code);
        var rows = target.in(period);
        var counts = ComplaintCounts.of(tallies.sum(rows.scope(), rows.codes(), period));
        return new Figures(level, level == Level.NATIONAL ? null : code, target.name(), period, counts, asOf());
    }

    /** The numbers of each month of a year, months without reports included. */
    public List<MonthFigures> months(Level level, String code, int year) {
        var rows = levels.target(level, code).in(Period.year(year));
        return tallies
                .sumByMonth(rows.scope(), rows.codes(), YearMonth.of(year, 1), YearMonth.of(year, 12))
                .entrySet()
                .stream()
                .map(month -> new MonthFigures(month.getKey(), ComplaintCounts.of(month.getValue())))
                .toList();
    }

    /**
     * Every code of a level in a period, in the order of their codes, those without reports included: each agency
     * ({@link Level#AGENCY}), each regional government with its units ({@link Level#GOVERNMENT}), each category,
     * region or channel. {@link Level#NATIONAL} and {@link Level#PROVINCE} have one line per province.
     */
    public List<Row> breakdown(Level level, Period period) {
        return switch (level) {
            case GOVERNMENT ->
                governments(period).entrySet().stream()
                        .map(government -> new Row(
                                government.getKey().getCode(),
                                government.getKey().getName(),
                                ComplaintCounts.of(government.getValue())))
                        .toList();
            case NATIONAL, PROVINCE -> {
                var rows = new ArrayList<Row>();
                var provinces = levels.provinces();
                if (period.wholeMonths()) {
                    var sums = tallies.sumEveryCode(Scope.PROVINCE, period);
                    provinces.forEach(province -> rows.add(new Row(
                            province.getCode(),
                            province.getName(),
                            ComplaintCounts.of(sums.getOrDefault(province.getCode(), new Tally())))));
                    yield rows;
                }
                var byAgency = tallies.sumEveryCode(Scope.AGENCY, period);
                for (var province : provinces) {
                    var target = levels.target(Level.PROVINCE, province.getCode());
                    rows.add(new Row(
                            province.getCode(),
                            province.getName(),
                            ComplaintCounts.of(sumOf(target.codes(), byAgency))));
                }
                yield rows;
            }
            default -> {
                var scope = Scope.valueOf(level.name());
                var sums = tallies.sumEveryCode(scope, period);
                var rows = new ArrayList<Row>();
                levels.names(scope)
                        .forEach((code, name) -> rows.add(
                                new Row(code, name, ComplaintCounts.of(sums.getOrDefault(code, new Tally())))));
                yield rows;
            }
        };
    }

    /** A page of the agencies in the order of their codes (a national installation has thousands), and how many. */
    public AgencyPage agencies(Period period, int offset, int limit) {
        var names = levels.names(Scope.AGENCY);
        var codes = names.keySet().stream().skip(offset).limit(limit).toList();
        var sums = tallies.sumByCode(Scope.AGENCY, codes, period, false);
        var rows = codes.stream()
                .map(code -> new Row(code, names.get(code), ComplaintCounts.of(sums.getOrDefault(code, new Tally()))))
                .toList();
        return new AgencyPage(rows, offset, names.size());
    }

    /**
     * What a level's code is made of, in the order of their codes: the country's provinces, a province's governments,
     * a government's agencies (itself and its units); nothing for the other levels.
     */
    public List<Row> parts(Level level, String code, Period period) {
        return switch (level) {
            case NATIONAL -> breakdown(Level.PROVINCE, period);
            case PROVINCE -> {
                levels.target(level, code);
                yield breakdown(Level.GOVERNMENT, period).stream()
                        .filter(row -> Levels.within(levels.regionOf(row.code()), code))
                        .toList();
            }
            case GOVERNMENT -> {
                var units = levels.target(level, code).codes();
                yield breakdown(Level.AGENCY, period).stream()
                        .filter(row -> units.contains(row.code()))
                        .toList();
            }
            default -> List.of();
        };
    }

    /** The regional governments of a year, ranked as {@link LeagueTable} says, with the configured minimum. */
    public LeagueTable league(int year) {
        return league(year, properties.leagueMinimumReports());
    }

    /** The regional governments of a year, ranked when they received at least {@code minimumReports}. */
    public LeagueTable league(int year, int minimumReports) {
        var ranked = new ArrayList<LeagueTable.Entry>();
        var unranked = new ArrayList<LeagueTable.Entry>();
        governments(Period.year(year)).forEach((government, tally) -> {
            var entry = new LeagueTable.Entry(
                    null,
                    government.getCode(),
                    government.getName(),
                    government.getRegionCode(),
                    ComplaintCounts.of(tally));
            (entry.counts().received() >= minimumReports ? ranked : unranked).add(entry);
        });
        ranked.sort(LEAGUE_ORDER);
        unranked.sort(Comparator.comparing(LeagueTable.Entry::agencyCode));
        var numbered = new ArrayList<LeagueTable.Entry>();
        for (var i = 0; i < ranked.size(); i++) {
            var entry = ranked.get(i);
            var rank = i > 0 && sameStanding(ranked.get(i - 1), entry)
                    ? numbered.get(i - 1).rank()
                    : i + 1;
            numbered.add(
                    new LeagueTable.Entry(rank, entry.agencyCode(), entry.name(), entry.regionCode(), entry.counts()));
        }
        return new LeagueTable(year, minimumReports, numbered, unranked, asOf());
    }

    private static boolean sameStanding(LeagueTable.Entry a, LeagueTable.Entry b) {
        return java.util.Objects.equals(a.counts().completionRate(), b.counts().completionRate())
                && java.util.Objects.equals(a.counts().onTimeRate(), b.counts().onTimeRate())
                && a.counts().received() == b.counts().received();
    }

    /** The open reports by filing year, and the oldest public ones. */
    public Backlog backlog() {
        var years = new TreeMap<Integer, Tally>();
        var first = firstFilingMonth();
        if (first != null) {
            var now = YearMonth.now(clock.withZone(FactReader.PUBLISHED_ZONE));
            tallies.sumByMonth(Scope.NATIONAL, List.of(Scope.NONE), first, now)
                    .forEach((month, tally) -> years.computeIfAbsent(month.getYear(), year -> new Tally())
                            .add(tally, 1));
        }
        var rows = years.entrySet().stream()
                .map(year -> {
                    var counts = ComplaintCounts.of(year.getValue());
                    return new Backlog.Year(year.getKey(), counts.received(), counts.open(), counts.overdue());
                })
                .toList();
        var oldest = jdbc.query(
                "select c.tracking_id, r.filing_date, c.status, r.overdue from statistics_report r"
                        + " join complaint c on c.id = r.complaint_id"
                        + " where r.open_report = true and r.confidential = false"
                        + " order by r.submitted_at, r.complaint_id limit " + OLDEST,
                (row, index) -> new Backlog.OpenReport(
                        row.getString("tracking_id"),
                        row.getObject("filing_date", LocalDate.class),
                        row.getString("status"),
                        row.getBoolean("overdue")));
        return new Backlog(rows, oldest, asOf());
    }

    private YearMonth firstFilingMonth() {
        var first = jdbc.queryForObject(
                "select min(period) from statistics_tally where scope = 'NATIONAL'", Map.of(), LocalDate.class);
        return first == null ? null : YearMonth.from(first);
    }

    /**
     * Which regional governments are connected in a year, per province: they have staff in Aduan or a partner system
     * and received reports that year, or they (or one of their units) are served by an active connected installation.
     */
    public Connectivity connectivity(int year) {
        var reports = governments(Period.year(year));
        var partners = integrations.list();
        var servedElsewhere = servedByConnectedInstallations();
        var byProvince = new TreeMap<String, List<Connectivity.Government>>();
        var units = levels.governments();
        reports.forEach((government, tally) -> {
            var codes = units.get(government);
            var staff = codes.stream().anyMatch(this::hasStaff);
            var partner = partners.stream()
                    .anyMatch(integration -> codes.contains(integration.agencyCode())
                            || (integration.agencyCode() == null
                                    && government.getRegionCode() != null
                                    && government.getRegionCode().equals(integration.regionCode())));
            var installation = codes.stream().anyMatch(servedElsewhere::contains);
            var received = tally.get("received") + tally.get("handed_back");
            var province = government.getRegionCode() == null
                    ? Scope.NONE
                    : government.getRegionCode().split("\\.")[0];
            byProvince
                    .computeIfAbsent(province, code -> new ArrayList<>())
                    .add(Connectivity.Government.of(
                            government.getCode(),
                            government.getName(),
                            government.getLevel() == AgencyLevel.REGENCY_CITY,
                            staff,
                            partner,
                            installation,
                            received));
        });
        return Connectivity.of(year, byProvince, levels.names(Scope.REGION), asOf());
    }

    /**
     * How many regency and city governments are connected in a year, as {@link #connectivity} counts them; counted
     * at most once a minute, since it asks who has staff.
     */
    public ConnectedGovernments connectedGovernments(int year) {
        return connectedGovernments.get(year, counted -> {
            var connectivity = connectivity(counted);
            return new ConnectedGovernments(
                    counted,
                    connectivity.connectedRegenciesAndCities(),
                    connectivity.regenciesAndCities(),
                    clock.instant());
        });
    }

    /** Counts the connected governments anew at the next request (after a connection changed). */
    public void recountConnectedGovernments() {
        connectedGovernments.invalidateAll();
    }

    private Set<String> servedByConnectedInstallations() {
        return installations.list().stream()
                .filter(ConnectedInstallation::active)
                .flatMap(installation -> installation.servedAgencies().stream())
                .collect(Collectors.toSet());
    }

    private boolean hasStaff(String agencyCode) {
        return staffed.get(
                agencyCode,
                code -> levels.officerGroup(code)
                        .map(group ->
                                identity.createUserQuery().memberOfGroup(group).count() > 0)
                        .orElse(false));
    }

    /**
     * Each regional government's sums in a period: its own rolled-up rows for whole months, its units' summed for a
     * range with edge days.
     */
    private Map<Agency, Tally> governments(Period period) {
        var governments = new java.util.LinkedHashMap<Agency, Tally>();
        if (period.wholeMonths()) {
            var sums = tallies.sumEveryCode(Scope.GOVERNMENT, period);
            levels.governments()
                    .keySet()
                    .forEach(government ->
                            governments.put(government, sums.getOrDefault(government.getCode(), new Tally())));
            return governments;
        }
        var byAgency = tallies.sumEveryCode(Scope.AGENCY, period);
        levels.governments().forEach((government, codes) -> governments.put(government, sumOf(codes, byAgency)));
        return governments;
    }

    private static Tally sumOf(List<String> codes, Map<String, Tally> byCode) {
        var sum = new Tally();
        codes.stream().map(byCode::get).filter(tally -> tally != null).forEach(tally -> sum.add(tally, 1));
        return sum;
    }

    /** The time the figures are as of: the last refresh. */
    public Instant asOf() {
        return refresher.refreshedAt();
    }

    /** Whether the figures include every change written so far (false while a new installation catches up). */
    public boolean caughtUp() {
        return refresher.caughtUp();
    }

    /** Brings the figures up to date now instead of at the next refresh (tests, benchmarks, operators). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void refresh() {
        refresher.catchUp();
    }
}
