package id.aduan.installation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One call to the installation a report was forwarded to: the report itself, or a reporter's message, acceptance or
 * objection, or the close of their window without answer, with the JSON body it is sent with, fixed when it happened.
 */
@Entity
@Table(name = "installation_delivery")
public class InstallationDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long forwardId;

    @Enumerated(EnumType.STRING)
    private DeliveryKind kind;

    private String payload;

    private Instant queuedAt;

    /** The delivery process instance started for it: how its job finds it (never from a variable). */
    private String processInstanceId;

    private Instant deliveredAt;

    private int attempts;

    private String lastError;

    /** When the other installation refused it for good: it is not sent again. */
    private Instant refusedAt;

    protected InstallationDelivery() {}

    public InstallationDelivery(long forwardId, DeliveryKind kind, String payload, Instant now) {
        this.forwardId = forwardId;
        this.kind = kind;
        this.payload = payload;
        this.queuedAt = now;
    }

    public void deliveredBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void delivered(Instant now) {
        this.attempts++;
        this.deliveredAt = now;
        this.lastError = null;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    /** The other installation refused it for good (as why says): it stays undelivered and is not sent again. */
    public void refused(Instant now, String why) {
        failed(why);
        this.refusedAt = now;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public Long getId() {
        return id;
    }

    public long getForwardId() {
        return forwardId;
    }

    public DeliveryKind getKind() {
        return kind;
    }

    public String getPayload() {
        return payload;
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

    /** What a delivery sends, and where on the other installation's partner API. */
    public enum DeliveryKind {
        REPORT(""),
        MESSAGE("/messages"),
        ACCEPTANCE("/acceptance"),
        OBJECTION("/objection"),
        /** The reporter's window closed here without their answer: the other side closes its report without waiting. */
        WINDOW_CLOSED("/window-closed");

        private final String path;

        DeliveryKind(String path) {
            this.path = path;
        }

        /** The path after {@code /api/partner/v1/reports/{trackingId}} for an action, empty for the report. */
        public String path() {
            return path;
        }
    }
}
