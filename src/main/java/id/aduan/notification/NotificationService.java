package id.aduan.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ComplaintSummary;
import id.aduan.complaint.Language;
import id.aduan.complaint.NamedCode;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.routing.AgencyGroups;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Decides who is told what about a report, writes the e-mails to the outbox in the transaction of the
 * process step, and later sends them once each. Staff e-mails never name the reporter. The reporter's private
 * link is made when their e-mail is sent, with a new token: the outbox never holds one.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final NotificationOutbox outbox;
    private final MailComposer composer;
    private final StaffRecipients staff;
    private final ComplaintSummaries complaints;
    private final ReporterAccessProperties reporterAccess;
    private final AgencyGroups groups;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final DeadlineProperties deadlines;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationOutbox outbox,
            MailComposer composer,
            StaffRecipients staff,
            ComplaintSummaries complaints,
            ReporterAccessProperties reporterAccess,
            AgencyGroups groups,
            JavaMailSender mailSender,
            NotificationProperties properties,
            DeadlineProperties deadlines,
            ObjectMapper json,
            Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.staff = staff;
        this.complaints = complaints;
        this.reporterAccess = reporterAccess;
        this.groups = groups;
        this.mailSender = mailSender;
        this.properties = properties;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes the e-mails of a kind about a report to the outbox.
     *
     * @param agencyCode the agency the e-mail is about, for agency e-mails; otherwise null
     * @return the batch to deliver, or empty when nobody is to be told (such as an anonymous reporter without
     *     an address, or an agency group without addresses)
     */
    @Transactional
    public Optional<String> queue(NotificationKind kind, long complaintId, String agencyCode) {
        return queue(kind, complaintId, agencyCode, Map.of());
    }

    /**
     * Writes the e-mails of a kind about a report to the outbox, with values its template needs beyond the report's
     * own ({@link NotificationKind#WEBHOOK_DISABLED}: {@code partnerName} and {@code reason}).
     */
    @Transactional
    public Optional<String> queue(
            NotificationKind kind, long complaintId, String agencyCode, Map<String, String> templateValues) {
        var summary = complaints.summary(complaintId);
        var batchId = UUID.randomUUID().toString();
        var queued = kind.audience() == Audience.REPORTER
                ? queueForReporter(kind, summary, agencyCode, batchId)
                : queueForStaff(kind, summary, agencyCode, templateValues, batchId);
        if (queued == 0) {
            log.debug("No recipient for {} about {}", kind, summary.trackingId());
            return Optional.empty();
        }
        log.info("Queued {} e-mail(s) {} about {}", queued, kind, summary.trackingId());
        return Optional.of(batchId);
    }

    /**
     * Sends the e-mails of a batch that are not sent yet. A rejected address is recorded and skipped; when the
     * SMTP server is unreachable the e-mail stays pending and a {@link NotificationDeliveryException} lets the
     * job retry it.
     */
    @Transactional
    public void deliver(String batchId) {
        for (var notification : notifications.findByBatchIdOrderById(batchId)) {
            if (notification.getStatus() == NotificationStatus.SENT
                    || notification.getStatus() == NotificationStatus.FAILED
                    || !outbox.claim(notification)) {
                continue;
            }
            String subject;
            try {
                var values = values(notification.getContent());
                if (notification.getAudience() == Audience.REPORTER) {
                    values.put("link", reporterLink(values, outbox.reporterToken(notification)));
                }
                subject = send(notification, values);
            } catch (TemplateEngineException failure) {
                outbox.release(notification, failure.getMessage());
                throw new NotificationDeliveryException(
                        "The template of " + notification.getKind() + " cannot be rendered (" + failure.getMessage()
                                + "). Correct the template (docs/notifications.md), then retry the incident in Cockpit.",
                        failure);
            } catch (DataAccessException | TransactionException failure) {
                outbox.release(
                        notification,
                        "The reporter's link could not be stored: "
                                + failure.getClass().getSimpleName());
                throw new NotificationDeliveryException(
                        "The token of the reporter's link in e-mail " + notification.getId() + " could not be stored"
                                + " (" + failure.getMessage() + "). The job is retried as"
                                + " NotificationDeliveryProcess.bpmn sets.",
                        failure);
            } catch (MailException failure) {
                var error = DeliveryFailures.describe(failure);
                if (DeliveryFailures.isPermanent(failure)) {
                    log.warn(
                            "E-mail {} ({}) rejected for good: {}",
                            notification.getId(),
                            notification.getKind(),
                            error);
                    outbox.fail(notification, error);
                    continue;
                }
                outbox.release(notification, error);
                throw new NotificationDeliveryException(
                        "The SMTP server did not take e-mail " + notification.getId() + " (" + error + "). The job is"
                                + " retried as NotificationDeliveryProcess.bpmn sets; check spring.mail.* and the mail"
                                + " server, then retry the incident in Cockpit if the retries ran out.",
                        failure);
            }
            outbox.sent(notification, subject);
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> ofComplaint(long complaintId) {
        return notifications.findByComplaintIdOrderById(complaintId);
    }

    private int queueForReporter(NotificationKind kind, ComplaintSummary summary, String agencyCode, String batchId) {
        var contact = complaints.reporterContact(summary.complaintId());
        if (contact.email() == null || contact.email().isBlank()) {
            return 0;
        }
        if (kind == NotificationKind.AGENCY_ANSWER && summary.pendingAgencies().isEmpty()) {
            // the last answer: the reporter gets them all with ANSWERS_READY
            return 0;
        }
        var language = contact.language();
        var values = common(summary, language);
        values.put("reporterName", contact.name());
        values.put("linkValidDays", reporterAccess.emailLinkValidityDays());
        var zone = summary.reporterTimeZone();
        switch (kind) {
            case ROUTED -> values.put("agencies", names(summary.pendingAgencies()));
            case DEFERRED -> {
                values.put(
                        "question",
                        complaints
                                .latestText(summary.complaintId(), TimelineEntryType.DEFERRED)
                                .orElse(""));
                values.put("due", format(summary.deferralAnswerDue(), zone, language));
            }
            case ARCHIVED ->
                values.put(
                        "reason",
                        complaints
                                .latestText(summary.complaintId(), TimelineEntryType.ARCHIVED)
                                .orElse(""));
            case INFORMATION_REQUESTED -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("question", facts.latestText());
                values.put("due", format(facts.informationAnswerDue(), zone, language));
            }
            case AGENCY_ANSWER -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("answer", facts.latestText());
                values.put("pendingAgencies", names(summary.pendingAgencies()));
            }
            case ANSWERS_READY, WINDOW_CLOSING -> {
                values.put("answers", summary.answers());
                values.put("due", format(summary.reporterWindowDue(), zone, language));
                values.put("windowDays", deadlines.reporterWindow());
            }
            default -> {}
        }
        notifications.save(new Notification(
                summary.complaintId(), batchId, kind, contact.email(), language, json(values), clock.instant()));
        return 1;
    }

    private int queueForStaff(
            NotificationKind kind,
            ComplaintSummary summary,
            String agencyCode,
            Map<String, String> templateValues,
            String batchId) {
        var language = Language.ID;
        var values = common(summary, language);
        values.put("link", properties.publicBaseUrl() + "/camunda/app/tasklist/default/");
        values.put("confidential", summary.confidential());
        values.putAll(templateValues);
        List<String> groupIds;
        if (kind == NotificationKind.WEBHOOK_DISABLED) {
            groupIds = List.of(groups.nationalAdministrators());
        } else if (kind == NotificationKind.VERIFICATION_TASK) {
            groupIds = groups.verifiers(summary.requestedAgencyCode());
            values.put("due", null);
        } else if (kind == NotificationKind.REROUTING_TASK) {
            groupIds = List.of(groups.nationalAdministrators());
            var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
            values.put("agencyName", facts.agency().name());
            values.put("reason", facts.latestText());
        } else {
            var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
            values.put("agencyName", facts.agency().name());
            values.put("due", format(facts.followUpDue(), facts.timeZone(), language));
            groupIds = switch (kind) {
                case ESCALATED_TO_SUPERVISOR -> List.of(groups.supervisors(agencyCode));
                case ESCALATED_TO_NATIONAL_ADMINISTRATOR -> List.of(groups.nationalAdministrators());
                default -> List.of(groups.officers(agencyCode));
            };
        }
        var recipients = staff.of(groupIds);
        if (recipients.isEmpty()) {
            return 0;
        }
        var content = json(values);
        var now = clock.instant();
        for (var recipient : recipients) {
            notifications.save(
                    new Notification(summary.complaintId(), batchId, kind, recipient, language, content, now));
        }
        return recipients.size();
    }

    private Map<String, Object> common(ComplaintSummary summary, Language language) {
        var values = new HashMap<String, Object>();
        values.put("trackingId", summary.trackingId());
        values.put("title", summary.title());
        values.put("description", summary.description());
        values.put("categoryName", summary.categoryName());
        values.put("regionName", summary.regionName());
        values.put(
                "type",
                language == Language.EN
                        ? summary.type().labelEn()
                        : summary.type().labelId());
        values.put("publicLink", properties.publicBaseUrl() + "/laporan/" + summary.trackingId());
        values.put("verificationDays", deadlines.verification());
        values.put("firstResponseDays", deadlines.firstResponse());
        return values;
    }

    private String reporterLink(Map<String, Object> values, String token) {
        return properties.publicBaseUrl() + "/laporan/" + values.get("trackingId") + "?token=" + token;
    }

    /** Renders the e-mail from its values and hands it to the SMTP server; answers its subject. */
    private String send(Notification notification, Map<String, Object> values) {
        var mail = composer.compose(notification.getKind(), notification.getLanguage(), values);
        var message = mailSender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(notification.getRecipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException("E-mail " + notification.getId() + " cannot be built", e);
        }
        mailSender.send(message);
        return mail.subject();
    }

    private String json(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The values of an e-mail cannot be written as JSON", e);
        }
    }

    private Map<String, Object> values(String content) {
        try {
            return json.readValue(content, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The content of an e-mail in the outbox is not JSON", e);
        }
    }

    private static List<String> names(List<NamedCode> agencies) {
        return agencies.stream().map(NamedCode::name).toList();
    }

    private static String format(Instant instant, OfficeTimeZone zone, Language language) {
        if (instant == null) {
            return null;
        }
        var pattern = language == Language.EN ? "EEEE d MMMM yyyy, HH:mm" : "EEEE, d MMMM yyyy 'pukul' HH.mm";
        return DateTimeFormatter.ofPattern(pattern, language.locale()).format(instant.atZone(zone.zone())) + " "
                + zone.name();
    }
}
