package id.aduan.portal.web;

import id.aduan.complaint.ComplaintSearch;
import id.aduan.complaint.ComplaintService;
import id.aduan.stats.StatisticsService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Each agency's published numbers, as SP4N-LAPOR! publishes the performance of every body. */
@Controller
class AgencyPageController {

    private static final int LATEST = 5;

    private final StatisticsService statistics;
    private final ComplaintService complaints;

    AgencyPageController(StatisticsService statistics, ComplaintService complaints) {
        this.statistics = statistics;
        this.complaints = complaints;
    }

    @GetMapping("/instansi")
    String agencies(Model model) {
        model.addAttribute("national", statistics.national());
        model.addAttribute("channels", statistics.channels());
        model.addAttribute("agencies", statistics.agencies());
        return "portal/agencies";
    }

    @GetMapping("/instansi/{code}")
    String agency(@PathVariable String code, Model model) {
        var agency = statistics.agency(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("agency", agency);
        model.addAttribute(
                "latest", complaints.latest(new ComplaintSearch(agency.agencyCode(), null, null, null), LATEST));
        return "portal/agency";
    }
}
