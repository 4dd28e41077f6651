package id.aduan.stats;

import java.time.Instant;
import java.util.List;

/**
 * The regional governments of a year, ranked by completion rate, then on-time rate, then the reports received; those
 * that received fewer than {@code minimumReports} are listed apart, unranked: a rate of few reports says little, and
 * many reports alone do not mean poor service.
 */
public record LeagueTable(int year, int minimumReports, List<Entry> ranked, List<Entry> unranked, Instant asOf) {

    /** @param rank 1 for the best; equal rates and volume share a rank; null when unranked */
    public record Entry(Integer rank, String agencyCode, String name, String regionCode, ComplaintCounts counts) {}
}
