package id.aduan.stats.web;

import id.aduan.stats.Level;
import id.aduan.stats.Period;
import id.aduan.stats.StatisticsService;
import id.aduan.stats.UnknownCodeException;
import id.aduan.system.FieldProblemException;
import id.aduan.system.ProblemDetails;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Reads what the statistics URLs say: the period, the year, and the level by its plural name in the path. */
@Component
class StatisticsRequests {

    /** The levels of a breakdown as URLs name them, in Indonesian on pages and in English in the API. */
    static final Map<String, Level> LEVELS = Map.of(
            "agencies", Level.AGENCY,
            "governments", Level.GOVERNMENT,
            "provinces", Level.PROVINCE,
            "categories", Level.CATEGORY,
            "regions", Level.REGION,
            "channels", Level.CHANNEL);

    private final StatisticsService statistics;

    StatisticsRequests(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** The period parameter, the current year when there is none. */
    Period period(String text) {
        try {
            return statistics.period(text);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("period", e.getMessage());
        }
    }

    /** The year parameter, the current year when there is none. */
    int year(Integer year) {
        try {
            return statistics.year(year);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException("year", e.getMessage());
        }
    }

    int minimumReports(int minimum) {
        if (minimum < 1) {
            throw new FieldProblemException("minimumReports", "must be 1 or more");
        }
        return minimum;
    }

    static Level level(String name) {
        var level = LEVELS.get(name);
        if (level == null) {
            throw new ErrorResponseException(
                    HttpStatus.NOT_FOUND,
                    ProblemDetails.of(
                            HttpStatus.NOT_FOUND,
                            "No such statistics",
                            "'" + name + "' is not a level of the statistics; use one of " + LEVELS.keySet()),
                    null);
        }
        return level;
    }

    static ErrorResponseException notFound(UnknownCodeException e) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetails.of(
                        HttpStatus.NOT_FOUND,
                        "Not found",
                        e.getMessage() + ". GET /api/statistics/" + plural(e.level()) + " lists the valid codes."),
                e);
    }

    private static String plural(Level level) {
        return LEVELS.entrySet().stream()
                .filter(entry -> entry.getValue() == level)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("agencies");
    }
}
