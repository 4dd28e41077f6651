package id.aduan.portal.web;

import id.aduan.complaint.ComplaintSearch;
import id.aduan.complaint.ComplaintService;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.stats.Level;
import id.aduan.stats.Period;
import id.aduan.stats.StatisticsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Aduan is, how a report goes, the national numbers and the latest public reports. */
@Controller
class HomeController {

    private static final int LATEST = 5;

    private final StatisticsService statistics;
    private final ComplaintService complaints;
    private final DeadlineProperties deadlines;

    HomeController(StatisticsService statistics, ComplaintService complaints, DeadlineProperties deadlines) {
        this.statistics = statistics;
        this.complaints = complaints;
        this.deadlines = deadlines;
    }

    @GetMapping("/")
    String home(Model model) {
        var year = Period.year(statistics.currentYear());
        model.addAttribute("year", year);
        model.addAttribute(
                "counts", statistics.figures(Level.NATIONAL, null, year).counts());
        model.addAttribute("channels", statistics.breakdown(Level.CHANNEL, year));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("latest", complaints.latest(new ComplaintSearch(null, null, null, null), LATEST));
        return "portal/home";
    }
}
