package id.aduan.installation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.installation.internal.InstallationDelivery;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationDeliveryRepository;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.installation.process.InstallationDeliveryProcess;
import id.aduan.integration.RemoteInstallations;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.system.DeliveryInstances;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers what goes to a connected installation about a forwarded report (the report, then the reporter's actions),
 * at least once each and in order per report: each call is queued in the transaction of what caused it and sent by
 * a job of {@code InstallationDeliveryProcess}, with the report's undelivered earlier calls first. The other side
 * takes a repeat of the report once, by its reference (the tracking ID here).
 */
@Service
public class InstallationDeliveries {

    private static final Logger log = LoggerFactory.getLogger(InstallationDeliveries.class);

    private final InstallationDeliveryRepository deliveries;
    private final InstallationForwardRepository forwards;
    private final RemoteInstallations remotes;
    private final InstallationOutbox outbox;
    private final DeliveryInstances starter;
    private final ObjectMapper json;
    private final Clock clock;

    InstallationDeliveries(
            InstallationDeliveryRepository deliveries,
            InstallationForwardRepository forwards,
            RemoteInstallations remotes,
            InstallationOutbox outbox,
            DeliveryInstances starter,
            ObjectMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.forwards = forwards;
        this.remotes = remotes;
        this.outbox = outbox;
        this.starter = starter;
        this.json = json;
        this.clock = clock;
    }

    /** Queues a call about the forwarded report and starts its delivery, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(InstallationForward forward, DeliveryKind kind, Object body) {
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A call to a connected installation cannot be written as JSON", e);
        }
        var delivery = deliveries.save(new InstallationDelivery(forward.getId(), kind, payload, clock.instant()));
        delivery.deliveredBy(starter.start(InstallationDeliveryProcess.PROCESS_ID, forward.getTrackingId()));
    }

    /**
     * Delivers the call whose delivery this process instance is, with the report's undelivered earlier ones first.
     *
     * @throws InstallationDeliveryException when the other installation did not take one: the job is retried
     */
    @Transactional
    public void deliver(String processInstanceId) {
        var delivery = deliveries
                .findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException(
                        "No call to a connected installation is delivered by the process instance "
                                + processInstanceId));
        var forward = forwards.findById(delivery.getForwardId())
                .orElseThrow(() -> new IllegalStateException("No forwarded report " + delivery.getForwardId()));
        var remote = remotes.find(forward.getIntegrationId())
                .orElseThrow(() -> new IllegalStateException("Integration " + forward.getIntegrationId()
                        + " is no longer a connected installation; report " + forward.getTrackingId()
                        + " cannot reach it. Connect it again, then retry the incident in Cockpit."));
        if (!remote.active()) {
            throw new InstallationDeliveryException("The connection to " + remote.name() + " (integration "
                    + remote.integrationId() + ") is suspended; report " + forward.getTrackingId() + " waits. Set it"
                    + " ACTIVE on /staff/integrations, then retry the incident in Cockpit.");
        }
        if (remote.url() == null || remote.apiKey() == null) {
            throw new InstallationDeliveryException.Refused("Report " + forward.getTrackingId() + " cannot be sent to"
                    + " the installation " + remote.name() + ": its connection (integration " + remote.integrationId()
                    + ") has no address or API key saved. Save the API key " + remote.name() + " issued this"
                    + " installation (and its address) on the connection on /staff/integrations, then retry the"
                    + " incident in Cockpit.");
        }
        var undelivered = outbox.deliverUpTo(forward.getId(), delivery.getId(), remote);
        if (undelivered != null) {
            log.warn(
                    "Report {} not delivered to the installation {}: {}",
                    forward.getTrackingId(),
                    remote.name(),
                    undelivered.error());
            var failure = "Report " + forward.getTrackingId() + " not delivered to the installation " + remote.name()
                    + " (" + undelivered.error() + "). ";
            if (undelivered.refusedForGood()) {
                throw new InstallationDeliveryException.Refused(
                        objectionRefused(forward.getTrackingId(), undelivered, remote));
            }
            var advice = adviceOnRefusal(undelivered, remote);
            if (advice != null) {
                throw new InstallationDeliveryException.Refused(failure + advice);
            }
            throw new InstallationDeliveryException(failure + "The job is retried as InstallationDeliveryProcess.bpmn"
                    + " sets; when the retries ran out, retry the incident in Cockpit once " + remote.url()
                    + " answers again.");
        }
    }

    /**
     * What happened when the other installation refused the reporter's objection for good, and what the administrator
     * does now: short, as an incident keeps the first 666 characters (its answer is in the log and the delivery's row).
     */
    static String objectionRefused(
            String trackingId, InstallationOutbox.Undelivered undelivered, RemoteInstallation remote) {
        return "Report " + trackingId + ": " + remote.name() + " refuses the reporter's objection for good (HTTP "
                + undelivered.status() + "): its report there closed before the objection came, or the objection was"
                + " made after its window and aduan.installations.reporter-window-grace (a side was down longer, or the"
                + " report's other agencies here answered much later). The timeline here says so and the national"
                + " administrators"
                + " were e-mailed. Tell the reporter; agree with " + remote.name() + "'s operator how the objection is"
                + " answered. It is not sent again: Retry only ends this incident.";
    }

    /**
     * What to fix when the other installation refused the call for good, a 4xx other than 408 (timeout), 409 (it
     * cannot take an action yet) and 429 (its quota); a report refused with 409 has its agency served elsewhere
     * there. Null when retrying may help.
     */
    static String adviceOnRefusal(InstallationOutbox.Undelivered undelivered, RemoteInstallation remote) {
        var status = undelivered.status();
        var report = undelivered.kind() == DeliveryKind.REPORT;
        if (status == 409 && report) {
            return remote.name() + " has the agency served by another installation (no loops): agree with its"
                    + " operator which installation serves the agency and correct the served agencies on one side"
                    + " (/staff/integrations), or re-route the report here; then retry the incident in Cockpit.";
        }
        if (status < 400 || status > 499 || status == 408 || status == 409 || status == 429) {
            return null;
        }
        if (status == 401 || status == 403) {
            return remote.name() + " refuses the API key saved here: it may have rotated or revoked it. Save the key"
                    + " it issued this installation now on the connection on /staff/integrations, then retry the"
                    + " incident in Cockpit. No retries are left: retrying with the same key cannot help.";
        }
        if (status == 400 || status == 422) {
            return remote.name() + " refuses the call as it is (its answer names the field): typically a category,"
                    + " region or agency it does not know. Agree the codes with its operator, or re-route the report"
                    + " here; then retry the incident in Cockpit. No retries are left: the same call is refused again.";
        }
        return remote.name() + " refuses the call for good (HTTP " + status + "): fix what its answer names, with its"
                + " operator if need be, then retry the incident in Cockpit. No retries are left: the same call is"
                + " refused again.";
    }
}
