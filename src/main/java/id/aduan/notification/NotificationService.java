package id.aduan.notification;

import id.aduan.complaint.ComplaintSummaries;
import id.aduan.system.TransactionScopedMap;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Tells reporters and staff about a report: writes the notifications of a process step to the outbox in the step's
 * transaction ({@link NotificationRecipients} decides who and on which channel, {@link NotificationContent} what
 * they say), and later hands each to its transport once: {@link EmailTransport} or {@link SmsTransport}. Staff
 * notifications never name the reporter. The reporter's private link is made when their notification is sent, with
 * a new token: the outbox never holds one.
 *
 * <p>The notifications a transaction queues about a report on one channel form one batch, delivered by one process
 * instance (the receipt and the verifiers' notice of a new report): each is still claimed and marked sent on its
 * own, so a retry of the batch sends only what was not handed over. Channels keep batches of their own, so that an
 * unreachable SMS gateway does not hold back e-mails.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final NotificationOutbox outbox;
    private final ComplaintSummaries complaints;
    private final NotificationRecipients recipients;
    private final NotificationContent content;
    private final Map<NotificationChannel, NotificationTransport> transports = new EnumMap<>(NotificationChannel.class);
    private final Clock clock;

    /** The batches the transaction has queued, by report and channel. */
    private final TransactionScopedMap<String, String> batchesOfTransaction = new TransactionScopedMap<>();

    NotificationService(
            NotificationRepository notifications,
            NotificationOutbox outbox,
            ComplaintSummaries complaints,
            NotificationRecipients recipients,
            NotificationContent content,
            List<NotificationTransport> transports,
            Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.complaints = complaints;
        this.recipients = recipients;
        this.content = content;
        transports.forEach(transport -> this.transports.put(transport.channel(), transport));
        this.clock = clock;
    }

    /**
     * Writes the notifications of a kind about a report to the outbox.
     *
     * @param agencyCode the agency the notification is about, for agency notifications; otherwise null
     * @return the new batch to deliver, or empty when nobody is to be told (such as an anonymous reporter without an
     *     address or phone, or an agency group without addresses) or when the notifications joined the batch that
     *     this transaction queued before about the report on their channel, whose delivery sends them too
     */
    @Transactional
    public Optional<String> queue(NotificationKind kind, long complaintId, String agencyCode) {
        return queue(kind, complaintId, agencyCode, Map.of());
    }

    /**
     * Writes the notifications of a kind about a report to the outbox, with values its template needs beyond the
     * report's own ({@link NotificationKind#WEBHOOK_DISABLED}: {@code partnerName} and {@code reason};
     * {@link NotificationKind#OBJECTION_NOT_DELIVERED}: {@code installationName} and {@code reason}).
     */
    @Transactional
    public Optional<String> queue(
            NotificationKind kind, long complaintId, String agencyCode, Map<String, String> templateValues) {
        var summary = complaints.summary(complaintId);
        var to = recipients.of(kind, summary, agencyCode);
        if (to.isEmpty()) {
            log.debug("No recipient for {} about {}", kind, summary.trackingId());
            return Optional.empty();
        }
        var values = content.of(kind, summary, agencyCode, to, templateValues);
        var reportAndChannel = summary.complaintId() + " " + to.channel();
        var queued = batchesOfTransaction.current().get(reportAndChannel);
        var batchId = queued == null ? UUID.randomUUID().toString() : queued;
        var now = clock.instant();
        for (var address : to.addresses()) {
            notifications.save(new Notification(
                    summary.complaintId(), batchId, kind, to.channel(), address, to.language(), values, now));
        }
        log.info("Queued {} {} {} about {}", to.addresses().size(), to.channel(), kind, summary.trackingId());
        if (queued != null) {
            return Optional.empty();
        }
        batchesOfTransaction.current().put(reportAndChannel, batchId);
        return Optional.of(batchId);
    }

    /**
     * Sends the notifications of a batch that are not sent yet, through one connection of their transport (one SMTP
     * connection for the e-mails), each still claimed before and marked sent after it left. An address or number
     * refused for good is recorded and skipped; when the SMTP server or the SMS gateway is unreachable the
     * notification stays pending and a {@link NotificationDeliveryException} lets the job retry it.
     */
    @Transactional
    public void deliver(String batchId) {
        var handovers = new EnumMap<NotificationChannel, NotificationTransport.Handover>(NotificationChannel.class);
        try {
            for (var notification : notifications.findByBatchIdOrderById(batchId)) {
                var transport = transport(notification);
                if (notification.getStatus() == NotificationStatus.SENT
                        || notification.getStatus() == NotificationStatus.FAILED
                        || !outbox.claim(notification)) {
                    continue;
                }
                deliver(
                        notification,
                        handovers.computeIfAbsent(notification.getChannel(), channel -> transport.handover()));
            }
        } finally {
            handovers.values().forEach(NotificationTransport.Handover::close);
        }
    }

    /** Hands over a notification claimed for this job, and records that it left or why not. */
    private void deliver(Notification notification, NotificationTransport.Handover handover) {
        var what = notification.getChannel() == NotificationChannel.SMS ? "SMS" : "e-mail";
        String subject;
        try {
            var values = content.read(notification);
            subject = handover.send(
                    notification, values, () -> content.reporterLink(values, outbox.reporterToken(notification)));
        } catch (TemplateEngineException failure) {
            outbox.release(notification, failure.getMessage());
            throw new NotificationDeliveryException(
                    "The template of " + notification.getKind() + " (" + what + ") cannot be rendered ("
                            + failure.getMessage() + "). Correct the template (docs/notifications.md), then retry"
                            + " the incident in Cockpit.",
                    failure);
        } catch (DataAccessException | TransactionException failure) {
            outbox.release(
                    notification,
                    "The reporter's link could not be stored: "
                            + failure.getClass().getSimpleName());
            throw new NotificationDeliveryException(
                    "The token of the reporter's link in " + what + " " + notification.getId()
                            + " could not be stored (" + failure.getMessage() + "). The job is retried as"
                            + " NotificationDeliveryProcess.bpmn sets.",
                    failure);
        } catch (TransportException failure) {
            if (failure.permanent()) {
                log.warn(
                        "{} {} ({}) refused for good: {}",
                        what,
                        notification.getId(),
                        notification.getKind(),
                        failure.error());
                outbox.fail(notification, failure.error());
                return;
            }
            outbox.release(notification, failure.error());
            throw new NotificationDeliveryException(failure.getMessage(), failure.getCause());
        }
        outbox.sent(notification, subject);
    }

    /** The notifications about a report, e-mail and SMS, oldest first. */
    @Transactional(readOnly = true)
    public List<Notification> ofComplaint(long complaintId) {
        return notifications.findByComplaintIdOrderById(complaintId);
    }

    private NotificationTransport transport(Notification notification) {
        var transport = transports.get(notification.getChannel());
        if (transport == null) {
            throw new IllegalStateException("No transport sends " + notification.getChannel());
        }
        return transport;
    }
}
