package id.aduan.installation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.Actor;
import id.aduan.complaint.AgencyDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ForwardedFollowUps;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.installation.internal.ReceivedEvent;
import id.aduan.installation.internal.ReceivedEventRepository;
import id.aduan.integration.RemoteInstallations;
import id.aduan.integration.WebhookSignatures;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.ReporterNotices;
import id.aduan.system.FieldProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hears a connected installation's webhooks about the reports forwarded to it and applies each to the report here, as
 * its reporter reads it: the agency's answer, its questions, a return ("not our authority"), the start of handling
 * and a missed deadline; and the agency's deadlines there ({@code data.agency.followUpDueAt}, {@code completionDueAt}),
 * which the reporter here reads instead of this installation's own. Each webhook is checked against the secret that
 * installation issued this one, and taken once: a repeat of its {@code webhook-id} is dropped. Events that change nothing here (the reporter's own actions
 * coming back, the other side's internal steps) are taken and left aside.
 */
@Service
public class InstallationEvents {

    private static final Logger log = LoggerFactory.getLogger(InstallationEvents.class);

    /** The furthest ahead a deadline the installation reports is believed: beyond it, it is a mistake, ignored. */
    static final Duration FURTHEST_DEADLINE = Duration.ofDays(366);

    private final RemoteInstallations remotes;
    private final InstallationForwardRepository forwards;
    private final ReceivedEventRepository received;
    private final ComplaintLifecycle lifecycle;
    private final ForwardedFollowUps followUps;
    private final ReporterNotices notices;
    private final AgencyDeadlines deadlines;
    private final InstallationProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    InstallationEvents(
            RemoteInstallations remotes,
            InstallationForwardRepository forwards,
            ReceivedEventRepository received,
            ComplaintLifecycle lifecycle,
            ForwardedFollowUps followUps,
            ReporterNotices notices,
            AgencyDeadlines deadlines,
            InstallationProperties properties,
            ObjectMapper json,
            Clock clock) {
        this.remotes = remotes;
        this.forwards = forwards;
        this.received = received;
        this.lifecycle = lifecycle;
        this.followUps = followUps;
        this.notices = notices;
        this.deadlines = deadlines;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Takes one webhook of the installation.
     *
     * @return false when it was a repeat, dropped
     * @throws InstallationEventException 401 for a bad signature, 403 while the connection is suspended here, 404 for
     *     a report not forwarded there, 409 when the agency's follow-up here cannot take the decision yet (it is not at
     *     the step that waits for it); a decision nothing waits for any more is recorded on the timeline and taken
     */
    @Transactional
    public boolean receive(long integrationId, Signed webhook) {
        var remote =
                remotes.find(integrationId).orElseThrow(() -> InstallationEventException.badSignature(integrationId));
        if (!WebhookSignatures.valid(
                remote.webhookSecret(),
                webhook.id(),
                webhook.timestamp(),
                webhook.signature(),
                webhook.body(),
                clock.instant(),
                properties.webhookTolerance())) {
            log.warn("Refused a webhook to integration {} ({}): bad signature", integrationId, remote.name());
            throw InstallationEventException.badSignature(integrationId);
        }
        if (!remote.active()) {
            throw InstallationEventException.suspended(integrationId);
        }
        var event = parse(webhook.body());
        var type = event.path("type").asText("");
        var data = event.path("data");
        var reference = data.path("externalReference").asText("");
        var forward = forwards.findByIntegrationIdAndReference(integrationId, reference)
                .orElseThrow(() -> InstallationEventException.unknownReport(integrationId, reference));
        var key = new ReceivedEvent.Key(integrationId, webhook.id());
        if (received.existsById(key)) {
            log.info("Dropped the repeated webhook {} of {} about {}", webhook.id(), remote.name(), reference);
            return false;
        }
        // written first, so that the same webhook arriving twice at once waits here and then fails on its key
        received.saveAndFlush(new ReceivedEvent(integrationId, webhook.id(), type, clock.instant()));
        // before the event: a question to the reporter stops the agency's clock, which clears its follow-up deadline
        travelled(forward, data.path("agency"));
        apply(forward, type, data.path("text").asText(null), occurredAt(event));
        return true;
    }

    /**
     * Whether the webhook was taken: after {@link #receive} failed on the key of the webhooks taken, the same webhook
     * arrived twice at once and the other one was taken.
     */
    @Transactional(readOnly = true)
    public boolean taken(long integrationId, String webhookId) {
        return webhookId != null && received.existsById(new ReceivedEvent.Key(integrationId, webhookId));
    }

    private void apply(InstallationForward forward, String type, String text, Instant occurredAt) {
        long complaintId = forward.getComplaintId();
        var agencyCode = forward.getAgencyCode();
        switch (type) {
            case "report.followed-up" -> {
                var waiting = waitingInstance(forward);
                if (waiting.isEmpty()) {
                    late(forward, TimelineEntryType.FOLLOWED_UP, NotificationKind.AGENCY_ANSWER, text);
                    return;
                }
                lifecycle.recordFollowUp(complaintId, agencyCode, text, Actor.SYSTEM, occurredAt);
                decide(forward, waiting.get(), InstallationDecision.ANSWERED);
            }
            case "report.information-requested", "report.deferred" -> {
                var waiting = waitingInstance(forward);
                if (waiting.isEmpty()) {
                    late(
                            forward,
                            TimelineEntryType.INFORMATION_REQUESTED,
                            NotificationKind.INFORMATION_REQUESTED,
                            text);
                    return;
                }
                lifecycle.requestInformation(complaintId, agencyCode, text, Actor.SYSTEM);
                decide(forward, waiting.get(), InstallationDecision.INFORMATION_REQUESTED);
            }
            case "report.returned-to-origin", "report.archived" -> {
                if (forward.getDecision() == InstallationDecision.RETURNED) {
                    log.info(
                            "Report {} was returned by the installation before; {} changes nothing here",
                            forward.getReference(),
                            type);
                    return;
                }
                var waiting = waitingInstance(forward);
                if (waiting.isEmpty()) {
                    forward.decided(InstallationDecision.RETURNED);
                    late(forward, TimelineEntryType.RETURNED_FOR_REROUTING, null, text);
                    return;
                }
                lifecycle.returnForRerouting(complaintId, agencyCode, text, Actor.SYSTEM);
                decide(forward, waiting.get(), InstallationDecision.RETURNED);
            }
            case "report.handling-started" -> lifecycle.startHandling(complaintId, agencyCode, Actor.SYSTEM);
            case "report.follow-up-overdue" -> {
                if (waitingInstance(forward).isPresent()) {
                    lifecycle.markFollowUpOverdue(complaintId, agencyCode);
                }
            }
            default -> log.debug("Webhook {} about {} changes nothing here", type, forward.getReference());
        }
    }

    /**
     * Keeps the deadlines the installation states for the agency the report was forwarded to, while the agency's
     * follow-up here waits for it. A deadline that is not a moment, falls before the report was forwarded or lies more
     * than {@link #FURTHEST_DEADLINE} ahead is ignored (logged): the rest of the webhook is taken.
     */
    private void travelled(InstallationForward forward, JsonNode agency) {
        if (!agency.isObject()) {
            return;
        }
        if (!forward.getAgencyCode().equals(agency.path("code").asText(""))) {
            log.warn(
                    "Report {} ({}): the installation gave deadlines for {}, not for {}, which it serves; ignored",
                    forward.getTrackingId(),
                    forward.getReference(),
                    agency.path("code").asText(""),
                    forward.getAgencyCode());
            return;
        }
        var followUpDue = deadline(forward, agency, "followUpDueAt");
        var completionDue = deadline(forward, agency, "completionDueAt");
        if ((followUpDue != null || completionDue != null)
                && waitingInstance(forward).isPresent()) {
            deadlines.travelled(forward.getComplaintId(), forward.getAgencyCode(), followUpDue, completionDue);
        }
    }

    private Instant deadline(InstallationForward forward, JsonNode agency, String field) {
        var value = agency.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            var due = Instant.parse(value.asText(""));
            var filed = forward.getQueuedAt();
            if ((filed != null && due.isBefore(filed))
                    || due.isAfter(clock.instant().plus(FURTHEST_DEADLINE))) {
                log.warn(
                        "Report {} ({}): the installation gave {} {}, before the report was forwarded or too far"
                                + " ahead; ignored",
                        forward.getTrackingId(),
                        forward.getReference(),
                        field,
                        due);
                return null;
            }
            return due;
        } catch (DateTimeParseException notAMoment) {
            log.warn(
                    "Report {} ({}): the installation gave {} as \"{}\", which is not a moment; ignored",
                    forward.getTrackingId(),
                    forward.getReference(),
                    field,
                    abbreviated(value.asText("")));
            return null;
        }
    }

    private static String abbreviated(String text) {
        var printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    /**
     * The agency's follow-up instance that waits for this forward's decisions: none when the report went to another
     * round for the agency (this forward was returned, or a later one replaced it) or the agency's follow-up here
     * ended (its assignment is no longer active, or its instance finished).
     */
    private Optional<String> waitingInstance(InstallationForward forward) {
        if (forward.getDecision() == InstallationDecision.RETURNED) {
            return Optional.empty();
        }
        var current = InstallationForwarding.current(
                forwards.findByComplaintIdOrderById(forward.getComplaintId()), forward.getAgencyCode());
        if (current.isPresent() && !Objects.equals(current.get().getId(), forward.getId())) {
            return Optional.empty();
        }
        return followUps.running(forward.getComplaintId(), forward.getAgencyCode());
    }

    /**
     * A decision nothing here waits for any more: on the report's timeline, and the reporter is told as for one that
     * moved the follow-up on; the webhook is taken, so that the installation's later webhooks about it come through.
     */
    private void late(InstallationForward forward, TimelineEntryType entry, NotificationKind notice, String text) {
        log.info(
                "Report {} ({}): the decision of the installation about {} came after its follow-up here ended;"
                        + " recorded on the timeline only",
                forward.getTrackingId(),
                forward.getReference(),
                forward.getAgencyCode());
        lifecycle.recordLateDecision(forward.getComplaintId(), forward.getAgencyCode(), entry, text);
        if (notice != null) {
            notices.tell(notice, forward.getComplaintId(), forward.getTrackingId(), forward.getAgencyCode());
        }
    }

    /** Records the decision and moves the agency's follow-up on, which reads it. */
    private void decide(InstallationForward forward, String instance, InstallationDecision decision) {
        forward.decided(decision);
        if (!followUps.decided(instance)) {
            throw InstallationEventException.notWaiting(forward.getTrackingId());
        }
    }

    /**
     * When the event happened at the other installation (the payload's {@code timestamp}), so that the reporter's
     * window here opens when the agency answered there, as it does there; now when it does not say.
     */
    private Instant occurredAt(JsonNode event) {
        var now = clock.instant();
        try {
            var occurred = Instant.parse(event.path("timestamp").asText(""));
            return occurred.isAfter(now) ? now : occurred;
        } catch (DateTimeParseException notSaid) {
            return now;
        }
    }

    private JsonNode parse(String body) {
        try {
            var event = json.readTree(body);
            if (event == null || !event.isObject()) {
                throw new FieldProblemException("body", "must be a JSON object");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new FieldProblemException("body", "is not JSON");
        }
    }

    /** A webhook as it came: its Standard Webhooks headers and its body, byte for byte as signed. */
    public record Signed(String id, String timestamp, String signature, String body) {}
}
