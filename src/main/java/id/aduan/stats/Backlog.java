package id.aduan.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports not yet closed, by the year they were filed, and the oldest open ones that are public (confidential
 * reports are only counted).
 */
public record Backlog(List<Year> years, List<OpenReport> oldest, Instant asOf) {

    public record Year(int year, long received, long open, long overdue) {}

    public record OpenReport(String trackingId, LocalDate filed, String status, boolean overdue) {}
}
