package id.aduan.stats.web;

import id.aduan.stats.Backlog;
import id.aduan.stats.ComplaintCounts;
import id.aduan.stats.ConnectedGovernments;
import id.aduan.stats.Connectivity;
import id.aduan.stats.Figures;
import id.aduan.stats.InstallationStatistics;
import id.aduan.stats.LeagueTable;
import id.aduan.stats.Level;
import id.aduan.stats.MonthFigures;
import id.aduan.stats.Period;
import id.aduan.stats.PublishedInstallation;
import id.aduan.stats.Row;
import id.aduan.stats.StatisticsService;
import id.aduan.stats.UnknownCodeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published statistics as open data, for anyone: every view as JSON and, with {@code .csv}, as CSV at a stable
 * URL. Only numbers: nothing about a confidential report beyond its being counted.
 */
@RestController
@Tag(name = "Statistics", description = "Published performance figures as open data (JSON, and CSV with .csv)")
class StatisticsController {

    private static final String PERIOD = "A year (2026, the default: the current year in WIB), a month (2026-03), days"
            + " (2026-01-01..2026-03-31, both included) or all; reports count in the period they were filed in";

    private static final String MINIMUM =
            "The reports a government must have received in the year to be ranked (default: aduan.statistics.league-minimum-reports)";

    private final StatisticsService statistics;
    private final InstallationStatistics installations;
    private final StatisticsRequests requests;

    StatisticsController(
            StatisticsService statistics, InstallationStatistics installations, StatisticsRequests requests) {
        this.statistics = statistics;
        this.installations = installations;
        this.requests = requests;
    }

    @GetMapping("/api/statistics")
    @Operation(
            summary = "National figures and the reports of each channel",
            description = "With how many regencies and cities are connected this year, and each connected Aduan"
                    + " installation's own national figures of the year as last fetched (fetchedAt), never added to"
                    + " this installation's")
    NationalResponse national(@Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        var chosen = requests.period(period);
        var national = statistics.figures(Level.NATIONAL, null, chosen);
        return new NationalResponse(
                chosen,
                national.asOf(),
                statistics.caughtUp(),
                national.counts(),
                statistics.breakdown(Level.CHANNEL, chosen),
                statistics.connectedGovernments(statistics.currentYear()),
                installations.published());
    }

    @GetMapping("/api/statistics.csv")
    @Operation(summary = "National figures of each month of a year (or of the period) as CSV")
    void nationalCsv(
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            HttpServletResponse response)
            throws IOException {
        figuresCsv(Level.NATIONAL, null, requests.period(period), "aduan-statistik-nasional", response);
    }

    @GetMapping("/api/statistics/installations")
    @Operation(
            summary = "Each connected Aduan installation's national figures as last fetched, with their time",
            description = "The figures are the other installation's own (of the year they were fetched in), as of"
                    + " fetchedAt; reachable tells whether the last attempt to fetch them, at attemptedAt, reached it")
    List<PublishedInstallation> installations() {
        return installations.published();
    }

    @GetMapping("/api/statistics/installations.csv")
    @Operation(summary = "Each connected Aduan installation's figures as last fetched, as CSV")
    void installationsCsv(HttpServletResponse response) throws IOException {
        var csv = StatisticsCsv.open(response, "aduan-instalasi-terhubung")
                .header(List.of("name", "period", "fetchedAt", "asOf", "attemptedAt", "reachable"), true);
        for (var installation : installations.published()) {
            var leading = java.util.Arrays.<Object>asList(
                    installation.name(),
                    installation.period(),
                    installation.fetchedAt(),
                    installation.asOf(),
                    installation.attemptedAt(),
                    installation.reachable());
            if (installation.counts() == null) {
                csv.line(leading.toArray());
            } else {
                csv.row(leading, installation.counts());
            }
        }
    }

    @GetMapping("/api/statistics/{level}")
    @Operation(
            summary = "Every agency, government, province, category, region or channel in a period",
            description = "level: agencies, governments (regional governments with their units), provinces,"
                    + " categories, regions or channels")
    BreakdownResponse breakdown(
            @PathVariable String level,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        var chosen = requests.period(period);
        var rows = statistics.breakdown(StatisticsRequests.level(level), chosen);
        return new BreakdownResponse(level, chosen, statistics.asOf(), rows);
    }

    @GetMapping("/api/statistics/{level}.csv")
    @Operation(summary = "A breakdown as CSV, one line per code")
    void breakdownCsv(
            @PathVariable String level,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            HttpServletResponse response)
            throws IOException {
        var chosen = requests.period(period);
        var rows = statistics.breakdown(StatisticsRequests.level(level), chosen);
        var csv = StatisticsCsv.open(response, "aduan-statistik-" + level + "-" + chosen)
                .header(List.of("period", "code", "name"), true);
        for (var row : rows) {
            csv.row(List.of(chosen, row.code(), row.name() == null ? "" : row.name()), row.counts());
        }
    }

    @GetMapping("/api/statistics/{level}/{code}")
    @Operation(summary = "One agency, government, province, category, region or channel, with its months for a year")
    FiguresResponse one(
            @PathVariable String level,
            @PathVariable String code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        return figures(StatisticsRequests.level(level), code, requests.period(period));
    }

    @GetMapping("/api/statistics/{level}/{code}.csv")
    @Operation(summary = "One code's figures as CSV: the period, then each month of it when it is a year")
    void oneCsv(
            @PathVariable String level,
            @PathVariable String code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            HttpServletResponse response)
            throws IOException {
        figuresCsv(
                StatisticsRequests.level(level),
                code,
                requests.period(period),
                "aduan-statistik-" + level + "-" + code,
                response);
    }

    @GetMapping("/api/agencies/{code}/statistics")
    @Operation(summary = "One agency's figures (the same as /api/statistics/agencies/{code})")
    FiguresResponse agency(
            @PathVariable String code, @Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        return figures(Level.AGENCY, code, requests.period(period));
    }

    @GetMapping("/api/statistics/league")
    @Operation(summary = "Regional governments of a year ranked by completion rate, then on-time rate")
    LeagueTable league(
            @RequestParam(required = false) Integer year,
            @Parameter(description = MINIMUM) @RequestParam(required = false) Integer minimumReports) {
        return chosenLeague(year, minimumReports);
    }

    private LeagueTable chosenLeague(Integer year, Integer minimumReports) {
        return minimumReports == null
                ? statistics.league(requests.year(year))
                : statistics.league(requests.year(year), requests.minimumReports(minimumReports));
    }

    @GetMapping("/api/statistics/league.csv")
    @Operation(summary = "The league table as CSV")
    void leagueCsv(
            @RequestParam(required = false) Integer year,
            @Parameter(description = MINIMUM) @RequestParam(required = false) Integer minimumReports,
            HttpServletResponse response)
            throws IOException {
        var league = chosenLeague(year, minimumReports);
        var csv = StatisticsCsv.open(response, "aduan-peringkat-" + league.year())
                .header(List.of("year", "rank", "code", "name", "regionCode"), true);
        for (var entries : List.of(league.ranked(), league.unranked())) {
            for (var entry : entries) {
                csv.row(
                        java.util.Arrays.asList(
                                league.year(), entry.rank(), entry.agencyCode(), entry.name(), entry.regionCode()),
                        entry.counts());
            }
        }
    }

    @GetMapping("/api/statistics/backlog")
    @Operation(summary = "Open reports by filing year, and the oldest public ones")
    Backlog backlog() {
        return statistics.backlog();
    }

    @GetMapping("/api/statistics/backlog.csv")
    @Operation(summary = "Open reports by filing year as CSV")
    void backlogCsv(HttpServletResponse response) throws IOException {
        var csv = StatisticsCsv.open(response, "aduan-tunggakan")
                .header(List.of("year", "received", "open", "overdue"), false);
        for (var year : statistics.backlog().years()) {
            csv.line(year.year(), year.received(), year.open(), year.overdue());
        }
    }

    @GetMapping("/api/statistics/connectivity")
    @Operation(summary = "Which regional governments are connected, per province")
    Connectivity connectivity(@RequestParam(required = false) Integer year) {
        return statistics.connectivity(requests.year(year));
    }

    @GetMapping("/api/statistics/connectivity.csv")
    @Operation(summary = "Which regional governments are connected, as CSV")
    void connectivityCsv(@RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        var connectivity = statistics.connectivity(requests.year(year));
        var csv = StatisticsCsv.open(response, "aduan-terhubung-" + connectivity.year())
                .header(
                        List.of(
                                "year",
                                "province",
                                "code",
                                "name",
                                "staff",
                                "partner",
                                "reports",
                                "connected",
                                "regencyOrCity",
                                "installation"),
                        false);
        for (var province : connectivity.provinces()) {
            for (var government : province.list()) {
                csv.line(
                        connectivity.year(),
                        province.regionCode(),
                        government.agencyCode(),
                        government.name(),
                        government.staff(),
                        government.partner(),
                        government.reportsThisYear(),
                        government.connected(),
                        government.regencyOrCity(),
                        government.installation());
            }
        }
    }

    @ExceptionHandler(UnknownCodeException.class)
    ErrorResponseException unknownCode(UnknownCodeException e) {
        return StatisticsRequests.notFound(e);
    }

    private FiguresResponse figures(Level level, String code, Period period) {
        var figures = statistics.figures(level, code, period);
        var months =
                period.isYear() ? statistics.months(level, code, period.from().getYear()) : List.<MonthFigures>of();
        return new FiguresResponse(figures, months);
    }

    private void figuresCsv(Level level, String code, Period period, String fileName, HttpServletResponse response)
            throws IOException {
        var figures = figures(level, code, period);
        var csv = StatisticsCsv.open(response, fileName + "-" + period).header(List.of("period", "code", "name"), true);
        var name = figures.figures().name() == null ? "" : figures.figures().name();
        var shownCode = code == null ? "" : code;
        csv.row(List.of(period, shownCode, name), figures.figures().counts());
        for (var month : figures.months()) {
            csv.row(List.of(month.month(), shownCode, name), month.counts());
        }
    }

    /**
     * @param caughtUp false while a new installation is still taking in the reports it had before
     * @param connected how many regencies and cities are connected this year
     * @param installations the connected Aduan installations with their own figures as last fetched
     */
    record NationalResponse(
            Period period,
            Instant asOf,
            boolean caughtUp,
            ComplaintCounts national,
            List<Row> channels,
            ConnectedGovernments connected,
            List<PublishedInstallation> installations) {}

    record BreakdownResponse(String level, Period period, Instant asOf, List<Row> rows) {}

    record FiguresResponse(Figures figures, List<MonthFigures> months) {}
}
