package id.aduan.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ComplaintSummary;
import id.aduan.complaint.Language;
import id.aduan.complaint.NamedCode;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.complaint.TaskLinks;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a notification says: the values its template reads, fixed at the process step and kept in the outbox as
 * JSON (docs/notifications.md lists them). Staff values never name the reporter; the reporter's private link is not
 * among them, since it is made when the notification is sent.
 */
@Component
class NotificationContent {

    private final ComplaintSummaries complaints;
    private final ReporterAccessProperties reporterAccess;
    private final NotificationProperties properties;
    private final DeadlineProperties deadlines;
    private final ObjectMapper json;

    NotificationContent(
            ComplaintSummaries complaints,
            ReporterAccessProperties reporterAccess,
            NotificationProperties properties,
            DeadlineProperties deadlines,
            ObjectMapper json) {
        this.complaints = complaints;
        this.reporterAccess = reporterAccess;
        this.properties = properties;
        this.deadlines = deadlines;
        this.json = json;
    }

    /**
     * The values of a kind about a report for its recipients, as JSON.
     *
     * @param agencyCode the agency the notification is about, for agency notifications; otherwise null
     * @param templateValues values beyond the report's own ({@link NotificationKind#WEBHOOK_DISABLED}: {@code
     *     partnerName} and {@code reason}; {@link NotificationKind#OBJECTION_NOT_DELIVERED}: {@code installationName}
     *     and {@code reason})
     */
    String of(
            NotificationKind kind,
            ComplaintSummary summary,
            String agencyCode,
            Recipients recipients,
            Map<String, String> templateValues) {
        var values = kind.audience() == Audience.REPORTER
                ? forReporter(kind, summary, agencyCode, recipients)
                : forStaff(kind, summary, agencyCode, templateValues);
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The values of a notification cannot be written as JSON", e);
        }
    }

    /** The values a notification in the outbox was written with. */
    Map<String, Object> read(Notification notification) {
        try {
            return json.readValue(notification.getContent(), new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The content of notification " + notification.getId() + " is not JSON", e);
        }
    }

    /** The reporter's private link with a token made for one notification. */
    String reporterLink(Map<String, Object> values, String token) {
        return properties.publicBaseUrl() + "/laporan/" + values.get("trackingId") + "?token=" + token;
    }

    private Map<String, Object> forReporter(
            NotificationKind kind, ComplaintSummary summary, String agencyCode, Recipients recipients) {
        var language = recipients.language();
        var values = common(summary, language);
        values.put("reporterName", recipients.reporterName());
        values.put("linkValidDays", reporterAccess.emailLinkValidityDays());
        var zone = summary.reporterTimeZone();
        Instant due = null;
        switch (kind) {
            case ROUTED -> values.put("agencies", names(summary.pendingAgencies()));
            case DEFERRED -> {
                values.put(
                        "question",
                        complaints
                                .latestText(summary.complaintId(), TimelineEntryType.DEFERRED)
                                .orElse(""));
                due = summary.deferralAnswerDue();
                values.put("due", format(due, zone, language));
            }
            case ARCHIVED -> {
                values.put(
                        "reason",
                        complaints
                                .latestText(summary.complaintId(), TimelineEntryType.ARCHIVED)
                                .orElse(""));
                values.put(
                        "reasonLabel",
                        complaints
                                .archiveReason(summary.complaintId())
                                .map(reason -> language == Language.EN ? reason.labelEn() : reason.labelId())
                                .orElse(null));
                complaints.duplicateOf(summary.complaintId()).ifPresent(original -> {
                    values.put("duplicateOf", original.trackingId());
                    values.put(
                            "duplicateOfLink",
                            original.confidential()
                                    ? null
                                    : properties.publicBaseUrl() + "/laporan/" + original.trackingId());
                });
            }
            case INFORMATION_REQUESTED -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("question", facts.latestText());
                due = facts.informationAnswerDue();
                values.put("due", format(due, zone, language));
            }
            case AGENCY_ANSWER -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("answer", facts.latestText());
                values.put("pendingAgencies", names(summary.pendingAgencies()));
            }
            case ANSWERS_READY, WINDOW_CLOSING -> {
                values.put("answers", summary.answers());
                values.put("windowDays", deadlines.reporterWindow());
                due = summary.reporterWindowDue();
                values.put("due", format(due, zone, language));
            }
            default -> {}
        }
        if (recipients.channel() == NotificationChannel.SMS) {
            smsValues(kind, summary, due, zone, language, values);
        }
        return values;
    }

    /** Short forms for an SMS: the agencies and the answers as one text each, the due date without the time. */
    private static void smsValues(
            NotificationKind kind,
            ComplaintSummary summary,
            Instant due,
            OfficeTimeZone zone,
            Language language,
            Map<String, Object> values) {
        if (kind == NotificationKind.ROUTED) {
            values.put("agencyList", String.join(", ", names(summary.pendingAgencies())));
        }
        if (kind == NotificationKind.ANSWERS_READY || kind == NotificationKind.WINDOW_CLOSING) {
            var answers = summary.answers();
            values.put(
                    "answer",
                    answers.size() == 1
                            ? answers.get(0).text()
                            : answers.stream()
                                    .map(answer -> answer.agency().name() + ": " + answer.text())
                                    .collect(Collectors.joining(" / ")));
        }
        if (due != null) {
            values.put(
                    "dueDate",
                    DateTimeFormatter.ofPattern("d MMM yyyy", language.locale()).format(due.atZone(zone.zone())));
        }
    }

    private Map<String, Object> forStaff(
            NotificationKind kind, ComplaintSummary summary, String agencyCode, Map<String, String> templateValues) {
        var language = Language.ID;
        var values = common(summary, language);
        values.put("link", properties.publicBaseUrl() + "/camunda/app/tasklist/default/");
        // the report's task for whoever follows it, also when the task is created after the e-mail is queued
        values.put("taskLink", properties.publicBaseUrl() + TaskLinks.path(summary.trackingId()));
        values.put("confidential", summary.confidential());
        values.putAll(templateValues);
        switch (kind) {
            case WEBHOOK_DISABLED, OBJECTION_NOT_DELIVERED -> {}
            case VERIFICATION_TASK -> values.put("due", null);
            case DISPATCHED_TO_UNIT, ANSWER_RETURNED -> {
                // the unit's part: the coordinator's note, or the liaison officer's reason
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("due", format(facts.followUpDue(), facts.timeZone(), language));
                values.put("reason", facts.latestText());
            }
            case REROUTING_TASK -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("reason", facts.latestText());
            }
            default -> {
                var facts = complaints.agencyFacts(summary.complaintId(), agencyCode);
                values.put("agencyName", facts.agency().name());
                values.put("due", format(facts.followUpDue(), facts.timeZone(), language));
            }
        }
        return values;
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
