package id.aduan.notification;

import id.aduan.complaint.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One e-mail or SMS in the outbox: written with its final content in the transaction of the process step that
 * causes it, then sent once by a job. Several notifications of one step share a batch. An SMS also keeps the latest
 * delivery report the gateway sent about it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String batchId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;

    /** An e-mail address, or for an SMS the reporter's number in E.164: never to be logged or shown to staff. */
    private String recipient;

    @Enumerated(EnumType.STRING)
    private Language language;

    /** What the e-mail says, as the template's values in JSON, fixed at the process step. */
    private String content;

    /** The rendered subject of an e-mail, once sent; an SMS has none. */
    private String subject;

    @Enumerated(EnumType.STRING)
    private NotificationStatus status;

    private int attempts;

    private String lastError;

    private Instant createdAt;

    private Instant claimedAt;

    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private DeliveryReport deliveryReport;

    private Instant deliveryReportedAt;

    /** The operator's words with the latest delivery report (Kannel's {@code %A}), without the message's text. */
    private String deliveryAnswer;

    @Version
    private long version;

    protected Notification() {}

    /** An e-mail. */
    Notification(
            long complaintId,
            String batchId,
            NotificationKind kind,
            String recipient,
            Language language,
            String content,
            Instant now) {
        this(complaintId, batchId, kind, NotificationChannel.EMAIL, recipient, language, content, now);
    }

    Notification(
            long complaintId,
            String batchId,
            NotificationKind kind,
            NotificationChannel channel,
            String recipient,
            Language language,
            String content,
            Instant now) {
        this.complaintId = complaintId;
        this.batchId = batchId;
        this.kind = kind;
        this.audience = kind.audience();
        this.channel = channel;
        this.recipient = recipient;
        this.language = language;
        this.content = content;
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getBatchId() {
        return batchId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Audience getAudience() {
        return audience;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getContent() {
        return content;
    }

    public String getSubject() {
        return subject;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public DeliveryReport getDeliveryReport() {
        return deliveryReport;
    }

    public Instant getDeliveryReportedAt() {
        return deliveryReportedAt;
    }

    public String getDeliveryAnswer() {
        return deliveryAnswer;
    }
}
