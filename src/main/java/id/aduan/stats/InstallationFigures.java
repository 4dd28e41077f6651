package id.aduan.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A connected Aduan installation and the national figures it published when they were last fetched
 * (docs/statistics.md, Connected installations). The figures are the other installation's own, as of
 * {@code fetchedAt}: they are shown beside this installation's, never added to them, since a report forwarded between
 * two installations is counted by both.
 *
 * @param active whether the connection is in use; a suspended one is not fetched
 * @param servedAgencies the agencies of this installation's hierarchy that the other one serves
 * @param period the period the figures are of (the year they were fetched in), or null before the first fetch
 * @param counts the figures, or null before the first successful fetch
 * @param asOf the time the other installation said its figures were as of
 * @param fetchedAt when the figures were fetched: the time they are labelled with
 * @param attemptedAt when a fetch was last tried, successful or not
 * @param failedAt when the last fetch that failed was tried, if any
 * @param lastError what went wrong then
 */
public record InstallationFigures(
        long integrationId,
        String name,
        String url,
        boolean active,
        List<ServedAgency> servedAgencies,
        String period,
        ComplaintCounts counts,
        Instant asOf,
        Instant fetchedAt,
        Instant attemptedAt,
        Instant failedAt,
        String lastError) {

    /** An agency the other installation serves: reports routed to it are forwarded there. */
    public record ServedAgency(String code, String name) {}

    /** Whether the last attempt to fetch its figures succeeded. */
    @JsonProperty
    public boolean reachable() {
        return fetchedAt != null && (failedAt == null || !failedAt.isAfter(fetchedAt));
    }
}
