package id.aduan.integration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a report that its partner hears about, numbered per partner in the order the changes committed: the
 * JSON it is sent as ({@code payload}) is fixed when it happens, so that a webhook and the change feed say the same.
 */
@Entity
@Table(name = "partner_event")
public class PartnerEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long integrationId;

    private long position;

    private Long complaintId;

    private String trackingId;

    private Long timelineEntryId;

    private String type;

    private String payload;

    private Instant createdAt;

    /** The delivery process instance started for it: how its delivery job finds it (never from a variable). */
    private String processInstanceId;

    private Instant deliveredAt;

    private int attempts;

    private String lastError;

    protected PartnerEvent() {}

    public PartnerEvent(
            long integrationId,
            long position,
            long complaintId,
            String trackingId,
            long timelineEntryId,
            String type,
            String payload,
            Instant now) {
        this.integrationId = integrationId;
        this.position = position;
        this.complaintId = complaintId;
        this.trackingId = trackingId;
        this.timelineEntryId = timelineEntryId;
        this.type = type;
        this.payload = payload;
        this.createdAt = now;
    }

    /** The Standard Webhooks message id ({@code webhook-id}): the same for every attempt, so receivers drop repeats. */
    public static String eventId(long integrationId, long position) {
        return "evt_" + integrationId + "_" + position;
    }

    public String getEventId() {
        return eventId(integrationId, position);
    }

    public void deliveredBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public Long getId() {
        return id;
    }

    public Long getIntegrationId() {
        return integrationId;
    }

    public long getPosition() {
        return position;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public String getType() {
        return type;
    }

    public String getPayload() {
        return payload;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
