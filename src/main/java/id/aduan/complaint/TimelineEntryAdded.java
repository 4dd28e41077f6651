package id.aduan.complaint;

import java.time.Instant;

/**
 * Published in the transaction that adds an entry to a report's timeline, so that whoever listens writes in the same
 * transaction: what happened ({@code type}, with its {@link Visibility}), to which report, and, when a partner system
 * filed the report, which one and under what reference of its own.
 *
 * @param entryId the entry's id; entries of one report are numbered in the order they happened
 * @param agencyCode the agency the entry is about, if any
 * @param text the entry's text as the reporter reads it (an agency's answer, a question, a reason), if any
 */
public record TimelineEntryAdded(
        long entryId,
        long complaintId,
        String trackingId,
        Long integrationId,
        String externalReference,
        TimelineEntryType type,
        Instant occurredAt,
        String agencyCode,
        String text) {

    /** Whether the report's reporter reads this entry (and so may be told of it). */
    public boolean visibleToReporter() {
        return type.visibility().visibleTo(Visibility.REPORTER);
    }
}
