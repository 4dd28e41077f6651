package id.aduan.complaint;

import java.time.Instant;
import java.util.List;

/**
 * Which reports a machine-readable feed (Open311's {@code GET requests}) lists, newest first. When {@code trackingIds}
 * is not empty it alone decides; otherwise the reports filed between {@code from} and {@code to} (inclusive), of any of
 * the categories (empty: every category) and, when {@code closed} is not null, only the closed or only the open ones.
 *
 * @param page the page, from 0
 * @param size reports per page
 */
public record ReportFeedQuery(
        List<String> trackingIds,
        List<String> categoryCodes,
        Instant from,
        Instant to,
        Boolean closed,
        int page,
        int size) {

    public ReportFeedQuery {
        trackingIds = trackingIds == null ? List.of() : List.copyOf(trackingIds);
        categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
    }
}
