package id.aduan.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A connected Aduan installation as the public statistics show it: its name, the national figures it published when
 * they were last fetched, and whether the last attempt to fetch them reached it. Nothing of the connection (its
 * integration, address, served agencies, or what went wrong): national administrators see those on {@code GET
 * /api/installations} ({@link InstallationFigures}).
 *
 * @param period the period the figures are of (the year they were fetched in), or null before the first fetch
 * @param counts the figures, or null before the first successful fetch
 * @param asOf the time the other installation said its figures were as of
 * @param fetchedAt when the figures were fetched: the time they are labelled with
 * @param attemptedAt when a fetch was last tried, successful or not
 * @param reachable whether that attempt reached it
 */
public record PublishedInstallation(
        String name,
        String period,
        ComplaintCounts counts,
        Instant asOf,
        Instant fetchedAt,
        Instant attemptedAt,
        @JsonProperty boolean reachable) {

    static PublishedInstallation of(InstallationFigures installation) {
        return new PublishedInstallation(
                installation.name(),
                installation.period(),
                installation.counts(),
                installation.asOf(),
                installation.fetchedAt(),
                installation.attemptedAt(),
                installation.reachable());
    }
}
