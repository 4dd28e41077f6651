package id.aduan.stats.web;

import id.aduan.stats.ComplaintCounts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Open data as CSV (RFC 4180, UTF-8, a header line, numbers without separators, empty for no value). */
final class StatisticsCsv {

    static final List<String> COUNT_COLUMNS = List.of(
            "received",
            "notYetVerified",
            "deferred",
            "archived",
            "notYetFollowedUp",
            "inProgress",
            "followedUp",
            "completed",
            "completionRate",
            "handedBack",
            "overdue",
            "firstAnswers",
            "onTimeRate",
            "medianWorkingDays",
            "averageRating",
            "ratings",
            "objections",
            "duplicates");

    private final PrintWriter out;

    private StatisticsCsv(PrintWriter out) {
        this.out = out;
    }

    static StatisticsCsv open(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline()
                        .filename(fileName + ".csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        return new StatisticsCsv(response.getWriter());
    }

    StatisticsCsv header(List<String> leading, boolean counts) {
        var columns = new ArrayList<>(leading);
        if (counts) {
            columns.addAll(COUNT_COLUMNS);
        }
        return line(columns.toArray());
    }

    /** A line of leading values followed by the counts. */
    StatisticsCsv row(List<?> leading, ComplaintCounts counts) {
        var values = new ArrayList<Object>(leading);
        values.addAll(List.of(
                counts.received(),
                counts.notYetVerified(),
                counts.deferred(),
                counts.archived(),
                counts.notYetFollowedUp(),
                counts.inProgress(),
                counts.followedUp(),
                counts.completed()));
        values.add(counts.completionRate());
        values.add(counts.handedBack());
        values.add(counts.overdue());
        values.add(counts.firstAnswers());
        values.add(counts.onTimeRate());
        values.add(counts.medianWorkingDays());
        values.add(counts.averageRating());
        values.add(counts.ratings());
        values.add(counts.objections());
        values.add(counts.duplicates());
        return line(values.toArray());
    }

    StatisticsCsv line(Object... values) {
        var line = new StringBuilder();
        for (var i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values[i]));
        }
        out.print(line.append("\r\n"));
        return this;
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
