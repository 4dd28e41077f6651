package id.aduan.complaint;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An entry of a report's public timeline, as a feed of updates lists it (Open311's {@code servicerequestupdates}).
 *
 * @param id the entry's own id, which stays the same
 * @param zone the time zone of the report's region
 * @param agency the agency the entry concerns, or null
 * @param text what the entry says, such as an agency's follow-up, or null
 */
public record FeedUpdate(
        long id,
        String trackingId,
        TimelineEntryType type,
        Instant occurredAt,
        ZoneId zone,
        NamedCode agency,
        String text) {}
