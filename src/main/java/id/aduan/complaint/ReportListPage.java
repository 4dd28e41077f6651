package id.aduan.complaint;

import java.util.List;

/**
 * A page of the public list of reports, newest first.
 *
 * @param newer where the page of newer reports ends (the first report here), or null when there are none
 * @param older where the page of older reports starts (the last report here), or null when there are none
 * @param count how many reports match, exact up to {@code countLimit}
 * @param countLimit the list counts no further: a count above it means "more than {@code countLimit}"
 */
public record ReportListPage(
        List<PublicComplaintSummary> reports, ListPosition newer, ListPosition older, long count, long countLimit) {

    public boolean countExceedsLimit() {
        return count > countLimit;
    }
}
