package id.aduan.complaint;

import id.aduan.complaint.internal.TimelineEntry;
import java.time.Instant;
import java.util.function.Function;

/** A timeline entry as the reporter or the public reads it: no staff user ids. */
public record TimelineEntryView(
        Instant occurredAt,
        TimelineEntryType type,
        String label,
        String labelEn,
        ActorType by,
        NamedCode agency,
        String text) {

    /** The entry as the reporter or the public reads it, its agency named by {@code agencies}. */
    static TimelineEntryView of(TimelineEntry entry, Function<String, NamedCode> agencies) {
        return new TimelineEntryView(
                entry.getOccurredAt(),
                entry.getType(),
                entry.getType().labelId(),
                entry.getType().labelEn(),
                entry.getActorType(),
                entry.getAgencyCode() == null ? null : agencies.apply(entry.getAgencyCode()),
                entry.getBody());
    }
}
