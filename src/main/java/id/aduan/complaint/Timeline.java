package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.TimelineEntry;
import id.aduan.complaint.internal.TimelineRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Appends to and reads a report's timeline. */
@Component
class Timeline {

    private final TimelineRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Timeline(TimelineRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    void append(Complaint complaint, TimelineEntryType type, Actor actor) {
        append(complaint, type, actor, null, null);
    }

    void append(Complaint complaint, TimelineEntryType type, Actor actor, String agencyCode, String body) {
        var entry = entries.save(new TimelineEntry(
                complaint.getId(), clock.instant(), type, actor.type(), actor.userId(), agencyCode, body));
        events.publishEvent(new TimelineEntryAdded(
                entry.getId(),
                complaint.getId(),
                complaint.getTrackingId(),
                complaint.getIntegrationId(),
                complaint.getExternalReference(),
                type,
                entry.getOccurredAt(),
                agencyCode,
                body));
    }

    List<TimelineEntry> of(Complaint complaint) {
        return entries.findByComplaintIdOrderById(complaint.getId());
    }

    List<TimelineEntry> of(Complaint complaint, Visibility audience) {
        return of(complaint).stream()
                .filter(entry -> entry.getType().visibility().visibleTo(audience))
                .toList();
    }
}
