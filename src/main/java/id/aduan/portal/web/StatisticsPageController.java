package id.aduan.portal.web;

import id.aduan.complaint.ComplaintSearch;
import id.aduan.complaint.ComplaintService;
import id.aduan.stats.Figures;
import id.aduan.stats.InstallationStatistics;
import id.aduan.stats.Level;
import id.aduan.stats.MonthFigures;
import id.aduan.stats.Period;
import id.aduan.stats.StatisticsService;
import id.aduan.stats.UnknownCodeException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published performance as pages: the country, a province, a government with its units, an agency, each in any
 * period (the current year by default) with charts and the tables beside them; the league table of governments, the
 * backlog, and which governments are connected; the national page also how many regencies and cities are connected
 * and each connected Aduan installation's own figures as last fetched, with their time. Each page links to the same figures as open data.
 */
@Controller
class StatisticsPageController {

    private static final int LATEST = 5;

    /** The agencies on a page of {@code /instansi}: a national installation has thousands. */
    static final int AGENCIES_PER_PAGE = 100;

    private final StatisticsService statistics;
    private final InstallationStatistics installations;
    private final ComplaintService complaints;
    private final StatisticsCharts charts;

    StatisticsPageController(
            StatisticsService statistics,
            InstallationStatistics installations,
            ComplaintService complaints,
            StatisticsCharts charts) {
        this.statistics = statistics;
        this.installations = installations;
        this.complaints = complaints;
        this.charts = charts;
    }

    @GetMapping("/statistik")
    String national(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        var chosen = figures(Level.NATIONAL, null, period, "/api/statistics", model, response);
        model.addAttribute("channels", statistics.breakdown(Level.CHANNEL, chosen));
        model.addAttribute("categories", statistics.breakdown(Level.CATEGORY, chosen));
        model.addAttribute("connected", statistics.connectedGovernments(statistics.currentYear()));
        model.addAttribute("installations", installations.published());
        return "portal/statistics";
    }

    /** A province's page ({@code provinsi}) or a regional government's with its units ({@code pemerintah}). */
    @GetMapping("/statistik/{level:provinsi|pemerintah}/{code}")
    String provinceOrGovernment(
            @PathVariable String level,
            @PathVariable String code,
            @RequestParam(required = false) String period,
            Model model,
            HttpServletResponse response) {
        var province = level.equals("provinsi");
        var openData = (province ? "/api/statistics/provinces/" : "/api/statistics/governments/") + code;
        figures(province ? Level.PROVINCE : Level.GOVERNMENT, code, period, openData, model, response);
        return "portal/statistics";
    }

    @GetMapping("/instansi")
    String agencies(
            @RequestParam(required = false) String period,
            @RequestParam(name = "halaman", defaultValue = "1") int page,
            Model model,
            HttpServletResponse response) {
        var chosen = figures(Level.NATIONAL, null, period, "/api/statistics", model, response);
        var agencies = statistics.agencies(chosen, (Math.max(page, 1) - 1) * AGENCIES_PER_PAGE, AGENCIES_PER_PAGE);
        model.addAttribute("agencies", agencies.rows());
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("pages", Math.max(1, (agencies.total() + AGENCIES_PER_PAGE - 1) / AGENCIES_PER_PAGE));
        model.addAttribute("agenciesCsv", "/api/statistics/agencies.csv?period=" + chosen);
        return "portal/agencies";
    }

    @GetMapping("/instansi/{code}")
    String agency(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            Model model,
            HttpServletResponse response) {
        figures(Level.AGENCY, code, period, "/api/statistics/agencies/" + code, model, response);
        model.addAttribute("latest", complaints.latest(new ComplaintSearch(code, null, null, null), LATEST));
        return "portal/statistics";
    }

    @GetMapping("/statistik/peringkat")
    String league(@RequestParam(required = false) Integer year, Model model) {
        var league = statistics.league(year(year));
        model.addAttribute("league", league);
        model.addAttribute("asOf", league.asOf());
        model.addAttribute("years", years());
        return "portal/league";
    }

    @GetMapping("/statistik/tunggakan")
    String backlog(Model model) {
        var backlog = statistics.backlog();
        model.addAttribute("backlog", backlog);
        model.addAttribute("asOf", backlog.asOf());
        return "portal/backlog";
    }

    @GetMapping("/statistik/terhubung")
    String connectivity(@RequestParam(required = false) Integer year, Model model) {
        var connectivity = statistics.connectivity(year(year));
        model.addAttribute("connectivity", connectivity);
        model.addAttribute("asOf", connectivity.asOf());
        model.addAttribute("years", years());
        return "portal/connectivity";
    }

    private Period figures(
            Level level, String code, String period, String openData, Model model, HttpServletResponse response) {
        var chosen = period(period, model, response);
        Figures figures;
        try {
            figures = statistics.figures(level, code, chosen);
        } catch (UnknownCodeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage(), e);
        }
        model.addAttribute("level", level);
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", figures.asOf());
        model.addAttribute("period", chosen);
        model.addAttribute("years", years());
        model.addAttribute("csv", openData + ".csv?period=" + chosen);
        model.addAttribute("json", openData + "?period=" + chosen);
        var months =
                chosen.isYear() ? statistics.months(level, code, chosen.from().getYear()) : List.<MonthFigures>of();
        model.addAttribute("months", months);
        model.addAttribute("statusChart", charts.status(level, chosen, figures.counts()));
        if (chosen.isYear()) {
            model.addAttribute(
                    "monthsChart", charts.reportsPerMonth(chosen.from().getYear(), months));
            model.addAttribute(
                    "onTimeChart", charts.onTimePerMonth(chosen.from().getYear(), months));
        }
        model.addAttribute("parts", statistics.parts(level, code, chosen));
        model.addAttribute("partsLink", partsLink(level));
        return chosen;
    }

    private static String partsLink(Level level) {
        return switch (level) {
            case NATIONAL -> "/statistik/provinsi/{code}";
            case PROVINCE -> "/statistik/pemerintah/{code}";
            case GOVERNMENT -> "/instansi/{code}";
            default -> null;
        };
    }

    /**
     * The period a page shows: a bad one answers 400 with the current year's figures and says why under the period
     * field, so that the reader can correct it there.
     */
    private Period period(String text, Model model, HttpServletResponse response) {
        try {
            return statistics.period(text);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("periodProblem", text.strip());
            return statistics.period(null);
        }
    }

    private int year(Integer year) {
        try {
            return statistics.year(year);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year " + e.getMessage(), e);
        }
    }

    /** The years offered in the period field: this one and the four before it. */
    private List<Integer> years() {
        var now = statistics.currentYear();
        return IntStream.rangeClosed(0, 4).mapToObj(back -> now - back).toList();
    }
}
