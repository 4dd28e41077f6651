package id.aduan.stats.web;

import id.aduan.stats.AgencyStatistics;
import id.aduan.stats.ChannelCount;
import id.aduan.stats.ComplaintCounts;
import id.aduan.stats.StatisticsService;
import id.aduan.system.ProblemDetails;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The published statistics as JSON, for anyone. */
@RestController
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/statistics")
    StatisticsResponse all() {
        return new StatisticsResponse(statistics.national(), statistics.channels(), statistics.agencies());
    }

    @GetMapping("/api/agencies/{code}/statistics")
    AgencyStatistics agency(@PathVariable String code) {
        return statistics
                .agency(code)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        ProblemDetails.of(
                                HttpStatus.NOT_FOUND,
                                "Agency not found",
                                "No agency has the code '" + code + "'. GET /api/agencies lists the valid codes."),
                        null));
    }

    record StatisticsResponse(ComplaintCounts national, List<ChannelCount> channels, List<AgencyStatistics> agencies) {}
}
