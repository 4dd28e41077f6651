package id.aduan.complaint;

import java.time.Instant;

/** A timeline entry as the reporter or the public reads it: no staff user ids. */
public record TimelineEntryView(
        Instant occurredAt,
        TimelineEntryType type,
        String label,
        String labelEn,
        ActorType by,
        NamedCode agency,
        String text) {}
