package id.aduan.installation;

import id.aduan.complaint.AgencyDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.Location;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.TimelineEntryAdded;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.integration.RemoteInstallations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forwards a report routed to an agency that another installation serves, instead of the agency's follow-up here,
 * and the reporter's messages, acceptance and objections on it after it: the report goes with its content and
 * protection flags and the agency it was routed to, never with anything of the reporter.
 */
@Service
@Transactional
public class InstallationForwarding {

    private static final Logger log = LoggerFactory.getLogger(InstallationForwarding.class);

    private final InstallationForwardRepository forwards;
    private final InstallationDeliveries deliveries;
    private final RemoteInstallations remotes;
    private final ComplaintSummaries summaries;
    private final ComplaintLifecycle lifecycle;
    private final AgencyDeadlines agencyDeadlines;
    private final Clock clock;

    InstallationForwarding(
            InstallationForwardRepository forwards,
            InstallationDeliveries deliveries,
            RemoteInstallations remotes,
            ComplaintSummaries summaries,
            ComplaintLifecycle lifecycle,
            AgencyDeadlines agencyDeadlines,
            Clock clock) {
        this.forwards = forwards;
        this.deliveries = deliveries;
        this.remotes = remotes;
        this.summaries = summaries;
        this.lifecycle = lifecycle;
        this.agencyDeadlines = agencyDeadlines;
        this.clock = clock;
    }

    /** Whether another installation serves the agency: a report routed to it is forwarded there. */
    @Transactional(readOnly = true)
    public boolean servedElsewhere(String agencyCode) {
        return remotes.servingAgency(agencyCode).isPresent();
    }

    /**
     * Queues the report for the installation that serves the agency, once per agency and round, under a reference of
     * its own (the tracking ID for the report's first forward, then {@code <tracking ID>-<n>}), which that
     * installation's webhooks name: two agencies there get a report each, and a report routed there again after it
     * was returned is forwarded again. A report forwarded for the agency before and not returned (its follow-up
     * started again after the reporter's objection, or after the reporter answered a question from there) waits for
     * that installation's next decision.
     */
    public void forward(long complaintId, String agencyCode) {
        var remote = remotes.servingAgency(agencyCode)
                .orElseThrow(() -> new IllegalStateException("The agency " + agencyCode
                        + " is not served by a connected installation (any more); report " + complaintId
                        + " cannot be forwarded. Route the report again."));
        var report = summaries.forwarded(complaintId);
        var earlier = forwards.findByComplaintIdOrderById(complaintId);
        var open = current(earlier, agencyCode)
                .filter(forward -> forward.getIntegrationId() == remote.integrationId()
                        && forward.getDecision() != InstallationDecision.RETURNED);
        if (open.isPresent()) {
            log.info(
                    "Report {} is forwarded to {} for {} already (as {}): it waits for that installation's decision",
                    report.trackingId(),
                    remote.name(),
                    agencyCode,
                    open.get().getReference());
            open.get().decided(null);
            return;
        }
        var reference = earlier.isEmpty() ? report.trackingId() : report.trackingId() + "-" + (earlier.size() + 1);
        var forward = forwards.save(new InstallationForward(
                complaintId, report.trackingId(), reference, agencyCode, remote.integrationId(), clock.instant()));
        deliveries.queue(
                forward,
                DeliveryKind.REPORT,
                new Filing(
                        reference,
                        agencyCode,
                        new Filing.Report(
                                report.type(),
                                report.title(),
                                report.description(),
                                report.categoryCode(),
                                report.regionCode(),
                                report.location(),
                                report.anonymous(),
                                report.confidential())));
        log.info(
                "Report {} queued as {} for the installation {}, which serves {}",
                report.trackingId(),
                reference,
                remote.name(),
                agencyCode);
    }

    /** The latest decision of the installation the report's agency was forwarded to, if it sent one. */
    @Transactional(readOnly = true)
    public Optional<InstallationDecision> decision(long complaintId, String agencyCode) {
        return current(forwards.findByComplaintIdOrderById(complaintId), agencyCode)
                .map(InstallationForward::getDecision);
    }

    /** The agency's latest forward of the report: the one its follow-up waits for. */
    static Optional<InstallationForward> current(List<InstallationForward> forwards, String agencyCode) {
        return forwards.stream()
                .filter(forward -> forward.getAgencyCode().equals(agencyCode))
                .reduce((first, latest) -> latest);
    }

    /**
     * The reporter wrote, accepted or objected here, or their window closed without answer: the same goes to each
     * installation the report is forwarded to and that has not returned it (the close, so that it closes its report
     * without waiting its grace for a late objection). A message that answers that installation's question restarts
     * the agency's clock here, as the answer to a question of an agency here does.
     */
    public void reporterActed(TimelineEntryAdded entry) {
        var kind = kindOf(entry.type());
        if (kind.isEmpty()) {
            return;
        }
        for (var forward : forwards.findByComplaintIdOrderById(entry.complaintId())) {
            if (forward.getDecision() == InstallationDecision.RETURNED) {
                continue;
            }
            deliveries.queue(forward, kind.get(), body(kind.get(), entry));
            if (kind.get() == DeliveryKind.MESSAGE
                    && forward.getDecision() == InstallationDecision.INFORMATION_REQUESTED) {
                lifecycle.resumeFollowUp(forward.getComplaintId(), forward.getAgencyCode(), true);
                agencyDeadlines.rescheduleWait(forward.getComplaintId(), forward.getAgencyCode());
                forward.decided(null);
            }
        }
    }

    private Object body(DeliveryKind kind, TimelineEntryAdded entry) {
        return switch (kind) {
            case MESSAGE -> new Message(entry.text());
            case OBJECTION -> new Objection(entry.text(), entry.occurredAt());
            case ACCEPTANCE -> {
                var report = summaries.forwarded(entry.complaintId());
                yield new Acceptance(report.rating(), report.ratingComment(), entry.occurredAt());
            }
            case WINDOW_CLOSED -> new WindowClosed(entry.occurredAt());
            case REPORT -> throw new IllegalArgumentException("A report is forwarded, not acted on");
        };
    }

    private static Optional<DeliveryKind> kindOf(TimelineEntryType type) {
        return switch (type) {
            case REPORTER_MESSAGE -> Optional.of(DeliveryKind.MESSAGE);
            case ACCEPTED -> Optional.of(DeliveryKind.ACCEPTANCE);
            case CLOSED_WITHOUT_ANSWER -> Optional.of(DeliveryKind.WINDOW_CLOSED);
            case OBJECTED -> Optional.of(DeliveryKind.OBJECTION);
            default -> Optional.empty();
        };
    }

    /** The partner API's filing, with the agency the report was routed to here. */
    record Filing(String externalReference, String agencyCode, Report report) {

        /** The report as the public API takes it, without a reporter: their identity stays here. */
        record Report(
                ReportType type,
                String title,
                String description,
                String categoryCode,
                String regionCode,
                Location location,
                boolean anonymous,
                boolean confidential) {}
    }

    record Message(String message) {}

    /** The reporter's objection, with when they objected here: the other side takes it late if that was in time. */
    record Objection(String reason, Instant objectedAt) {}

    /** The reporter's acceptance, with when they accepted here. */
    record Acceptance(Integer rating, String comment, Instant acceptedAt) {}

    /** The reporter's window closed here without their answer, at that moment. */
    record WindowClosed(Instant closedAt) {}
}
