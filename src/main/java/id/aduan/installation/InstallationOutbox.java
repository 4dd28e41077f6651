package id.aduan.installation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.AttachmentContent;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.StaffAttachments;
import id.aduan.installation.internal.InstallationDelivery;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationDeliveryRepository;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.StaffNotices;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.context.ProcessEngineContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a forwarded report's undelivered calls in order, in a transaction of its own: what the other installation
 * took stays recorded as delivered (with the tracking ID it gave the report), and a failure's attempt and error stay
 * recorded, even when the delivery job then fails to retry. An objection the other installation refused for good stays
 * recorded as refused, with its entry on the report's timeline and the national administrators' e-mail.
 */
@Component
class InstallationOutbox {

    private static final Logger log = LoggerFactory.getLogger(InstallationOutbox.class);

    private final InstallationDeliveryRepository deliveries;
    private final InstallationForwardRepository forwards;
    private final InstallationClient client;
    private final ComplaintLifecycle lifecycle;
    private final StaffAttachments attachments;
    private final StaffNotices notices;
    private final ObjectMapper json;
    private final Clock clock;

    InstallationOutbox(
            InstallationDeliveryRepository deliveries,
            InstallationForwardRepository forwards,
            InstallationClient client,
            ComplaintLifecycle lifecycle,
            StaffAttachments attachments,
            StaffNotices notices,
            ObjectMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.forwards = forwards;
        this.client = client;
        this.lifecycle = lifecycle;
        this.attachments = attachments;
        this.notices = notices;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Sends the report's calls the other installation has not taken, up to and including this one, oldest first, and
     * stops at the first it does not take: a later call never arrives before an earlier one. A call the other
     * installation refuses for good (its report there has closed) is recorded as refused, never sent again, and the
     * calls after it go on.
     *
     * <p>The engine's work of this transaction (the national administrators' e-mail about a refused objection, the
     * partner webhooks of the timeline entries) runs in a command context of its own, which commits with this
     * transaction: the delivery job that called it fails afterwards when its own call was not taken, and the engine
     * discards what its own context holds.
     *
     * @return null when all were taken, otherwise why this job's call or the first before it was not
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Undelivered deliverUpTo(long forwardId, long deliveryId, RemoteInstallation remote) {
        ProcessEngineContext.requiresNew();
        try {
            return send(forwardId, deliveryId, remote);
        } finally {
            ProcessEngineContext.clear();
        }
    }

    private Undelivered send(long forwardId, long deliveryId, RemoteInstallation remote) {
        var forward = forwards.findById(forwardId)
                .orElseThrow(() -> new IllegalStateException("No forwarded report " + forwardId));
        Undelivered refusedCall = null;
        for (var next : deliveries.lockUndelivered(forwardId, deliveryId)) {
            var outcome = send(remote, forward, next);
            if (outcome.delivered()) {
                next.delivered(clock.instant());
                continue;
            }
            var error = outcome.error() + describe(outcome.body());
            var why = refusalForGood(remote, forward, next, outcome);
            if (why == null) {
                next.failed(error);
                return new Undelivered(next.getKind() + ": " + error, outcome.status(), next.getKind());
            }
            next.refused(clock.instant(), error);
            if (next.getKind() == DeliveryKind.OBJECTION && why.alarm()) {
                objectionNotDelivered(remote, forward, next, why.text());
            } else {
                log.warn(
                        "Report {}: {} refused the {} for good ({}); it is not sent again",
                        forward.getReference(),
                        remote.name(),
                        next.getKind(),
                        error);
            }
            if (next.getId() == deliveryId && why.alarm()) {
                refusedCall = new Undelivered(next.getKind() + ": " + error, outcome.status(), next.getKind(), true);
            }
        }
        return refusedCall;
    }

    /**
     * Why the other installation refused the call for good, or null when retrying may help (the report there changed
     * at that moment, or it is down): its report there has closed (after its reporter's window and the grace for late
     * calls passed while one side was down), or, for an objection, it says the reporter objected after its window (a
     * problem naming {@code objectedAt}). Only a refused objection needs staff: a message to a report closed there is
     * left with a warning in the log, and a report returned there ("not our authority") refuses the reporter's calls
     * too, while its return, on its way here as a webhook, sends the report to be routed again.
     */
    private Refusal refusalForGood(
            RemoteInstallation remote,
            InstallationForward forward,
            InstallationDelivery delivery,
            InstallationClient.Outcome outcome) {
        if (outcome.status() != 409
                || (delivery.getKind() != DeliveryKind.OBJECTION && delivery.getKind() != DeliveryKind.MESSAGE)) {
            return null;
        }
        var problem = readJson(outcome.body());
        if (problem != null && delivery.getKind() == DeliveryKind.OBJECTION) {
            for (var error : problem.path("errors")) {
                if ("objectedAt".equals(error.path("field").asText())) {
                    return new Refusal(
                            "sanggahan disampaikan setelah jendela pelapor di sana dan masa tenggangnya berakhir"
                                    + " (instansi lain laporan ini menjawab jauh lebih lambat, atau masa tenggang di"
                                    + " sana terlalu pendek)",
                            true);
                }
            }
        }
        var view = client.get(remote, InstallationClient.REPORTS + "/" + forward.getRemoteTrackingId());
        var report = view.delivered() ? readJson(view.body()) : null;
        if (report == null) {
            return null;
        }
        return switch (report.path("status").asText()) {
            case "COMPLETED" ->
                new Refusal(
                        "laporan di sana sudah selesai sebelum sanggahan tiba, karena salah satu instalasi tidak dapat"
                                + " dihubungi lebih lama dari masa tenggang jendela pelapor",
                        delivery.getKind() == DeliveryKind.OBJECTION);
            case "ARCHIVED" -> new Refusal("laporan di sana dikembalikan atau diarsipkan", false);
            default -> null;
        };
    }

    /**
     * @param text why, as the report's timeline here says it
     * @param alarm whether staff must act: an incident, a timeline entry and the national administrators' e-mail
     */
    private record Refusal(String text, boolean alarm) {}

    /**
     * Writes on the report's timeline that the objection did not reach the other installation, and tells the national
     * administrators, in this transaction: once, since the delivery is not sent again.
     */
    private void objectionNotDelivered(
            RemoteInstallation remote, InstallationForward forward, InstallationDelivery objection, String why) {
        var payload = readJson(objection.getPayload());
        var objectedAt = payload == null ? "" : payload.path("objectedAt").asText("");
        var explanation = remote.name() + " (" + forward.getRemoteTrackingId() + ") menolak sanggahan pelapor"
                + (objectedAt.isEmpty() ? "" : " (disampaikan di sini " + objectedAt + ")") + ": " + why
                + ". Sanggahan tidak dikirim lagi.";
        lifecycle.recordObjectionNotDelivered(forward.getComplaintId(), forward.getAgencyCode(), explanation);
        notices.tell(
                NotificationKind.OBJECTION_NOT_DELIVERED,
                forward.getComplaintId(),
                forward.getTrackingId(),
                Map.of("installationName", remote.name(), "reason", explanation));
    }

    private JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private InstallationClient.Outcome send(
            RemoteInstallation remote, InstallationForward forward, InstallationDelivery delivery) {
        if (delivery.getKind() == DeliveryKind.REPORT) {
            var outcome = file(remote, forward, delivery.getPayload());
            if (!outcome.delivered()) {
                return outcome;
            }
            var remoteTrackingId = trackingIdIn(outcome.body());
            if (remoteTrackingId == null) {
                return new InstallationClient.Outcome(0, null, remote.name() + " answered without a tracking ID");
            }
            if (!forward.isForwarded()) {
                forward.forwarded(remoteTrackingId, clock.instant());
                lifecycle.recordForwarding(
                        forward.getComplaintId(), forward.getAgencyCode(), remote.name(), remoteTrackingId);
            }
            return outcome;
        }
        if (!forward.isForwarded()) {
            return new InstallationClient.Outcome(0, null, "the report has not reached " + remote.name() + " yet");
        }
        var report = InstallationClient.REPORTS + "/" + forward.getRemoteTrackingId();
        // a message is taken once under its delivery's key; an acceptance or objection taken before is refused (409)
        var outcome = client.post(
                remote,
                report + delivery.getKind().path(),
                delivery.getPayload(),
                delivery.getKind() == DeliveryKind.MESSAGE ? "aduan-delivery-" + delivery.getId() : null);
        if (outcome.status() == 409 && takenBefore(remote, report, delivery)) {
            return new InstallationClient.Outcome(409, outcome.body(), null);
        }
        if (delivery.getKind() == DeliveryKind.WINDOW_CLOSED && (outcome.status() == 404 || outcome.status() == 405)) {
            // an installation that does not know the call (an older Aduan) closes its report by its own timer
            return new InstallationClient.Outcome(outcome.status(), outcome.body(), null);
        }
        return outcome;
    }

    /**
     * Files the report there, with the files the agency's staff would see here, read now: the delivery keeps the filing's
     * JSON alone. The other installation takes a repeat once (by the filing's {@code externalReference}), files and all,
     * so that a retry adds no files there. Should it (or a proxy before it) refuse the files as too large (413), the
     * report goes without them, rather than not at all.
     */
    private InstallationClient.Outcome file(RemoteInstallation remote, InstallationForward forward, String filing) {
        var files = FilingWithFiles.choose(attachments.forAgency(forward.getComplaintId(), forward.getAgencyCode()));
        if (!files.left().isEmpty()) {
            log.warn(
                    "Report {} goes to the installation {} without {}: larger than {} MB, or more than {} files",
                    forward.getReference(),
                    remote.name(),
                    files.left().stream().map(AttachmentContent::fileName).toList(),
                    ComplaintLimits.ATTACHMENT_MAX_MEGABYTES,
                    ComplaintLimits.ATTACHMENTS_MAX);
        }
        if (files.sent().isEmpty()) {
            return client.post(remote, InstallationClient.REPORTS, filing);
        }
        var outcome = client.post(remote, InstallationClient.REPORTS, FilingWithFiles.of(filing, files.sent()));
        if (outcome.status() != HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            return outcome;
        }
        log.warn(
                "The installation {} refuses report {} with its {} file(s) as too large (HTTP 413): it goes without"
                        + " them. Raise the limits of requests there (a proxy's, or spring.servlet.multipart.*)",
                remote.name(),
                forward.getReference(),
                files.sent().size());
        return client.post(remote, InstallationClient.REPORTS, filing);
    }

    /**
     * Whether the other installation took this acceptance or objection before, though this installation did not
     * hear its answer (it stopped mid-call): its report then refuses it again (409), and shows it taken.
     */
    private boolean takenBefore(RemoteInstallation remote, String report, InstallationDelivery delivery) {
        var view = client.get(remote, report);
        if (!view.delivered()) {
            return false;
        }
        try {
            var current = json.readTree(view.body());
            var sent = json.readTree(delivery.getPayload());
            var latest = latestEntry(current, delivery.getKind());
            return switch (delivery.getKind()) {
                case ACCEPTANCE ->
                    latest != null || "COMPLETED".equals(current.path("status").asText());
                case OBJECTION ->
                    latest != null
                            && latest.path("text")
                                    .asText()
                                    .equals(sent.path("reason").asText());
                default -> false;
            };
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The report's timeline entry of the action's kind in this round, if it has one: after the agency's latest answer
     * there, so that an objection in the same words as one in an earlier round is not taken for it.
     */
    private static JsonNode latestEntry(JsonNode report, DeliveryKind kind) {
        var type = kind == DeliveryKind.ACCEPTANCE ? "ACCEPTED" : "OBJECTED";
        JsonNode latest = null;
        for (var entry : report.path("timeline")) {
            var entryType = entry.path("type").asText();
            if ("FOLLOWED_UP".equals(entryType)) {
                latest = null;
            } else if (type.equals(entryType)) {
                latest = entry;
            }
        }
        return latest;
    }

    private String trackingIdIn(String body) {
        try {
            var trackingId = json.readTree(body).path("trackingId");
            return trackingId.isTextual() ? trackingId.asText() : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        var text = body.strip();
        return ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    /**
     * A call the other installation did not take.
     *
     * @param error why, with what it answered
     * @param status the HTTP status it answered, or 0 when none came
     * @param kind the kind of call
     * @param refusedForGood an objection the other installation refused for good: it is not sent again, and the
     *     report's timeline and the national administrators say so
     */
    record Undelivered(String error, int status, DeliveryKind kind, boolean refusedForGood) {

        Undelivered(String error, int status, DeliveryKind kind) {
            this(error, status, kind, false);
        }
    }
}
