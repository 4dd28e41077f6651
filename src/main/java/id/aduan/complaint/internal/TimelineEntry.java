package id.aduan.complaint.internal;

import id.aduan.complaint.ActorType;
import id.aduan.complaint.TimelineEntryType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a report's append-only timeline: when, who, what. */
@Entity
@Immutable
@Table(name = "complaint_event")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private TimelineEntryType type;

    @Enumerated(EnumType.STRING)
    private ActorType actorType;

    /** The staff user's id for staff actions; empty for the reporter and the system. */
    private String actor;

    private String agencyCode;

    private String body;

    protected TimelineEntry() {}

    public TimelineEntry(
            Long complaintId,
            Instant occurredAt,
            TimelineEntryType type,
            ActorType actorType,
            String actor,
            String agencyCode,
            String body) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actorType = actorType;
        this.actor = actor;
        this.agencyCode = agencyCode;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public TimelineEntryType getType() {
        return type;
    }

    public ActorType getActorType() {
        return actorType;
    }

    public String getActor() {
        return actor;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getBody() {
        return body;
    }
}
