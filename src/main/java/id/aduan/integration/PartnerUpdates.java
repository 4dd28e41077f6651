package id.aduan.integration;

import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.ReporterMessage;
import id.aduan.integration.internal.PartnerUpdate;
import id.aduan.integration.internal.PartnerUpdateRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reporter's message that the partner which filed the report sends for them (Open311's {@code POST
 * servicerequestupdates}). Under the partner's own id for it, it is posted once however often it is sent: a resend,
 * also one at the same moment, finds the first.
 */
@Service
public class PartnerUpdates {

    /** The longest update id of a partner that Aduan keeps. */
    public static final int CLIENT_UPDATE_ID_MAX = 100;

    private final ComplaintService complaints;
    private final PartnerUpdateRepository updates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PartnerUpdates(
            ComplaintService complaints,
            PartnerUpdateRepository updates,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.complaints = complaints;
        this.updates = updates;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Posts the message on the report, unless the partner sent this update before.
     *
     * @param clientUpdateId the partner's id for the update, if it gave one
     * @return the tracking ID of the report the update went to
     */
    public String post(Partner partner, String trackingId, String clientUpdateId, ReporterMessage message) {
        var earlier = postedBefore(partner, clientUpdateId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            transactions.executeWithoutResult(status -> {
                complaints.postMessage(trackingId, ReporterCredential.integration(partner.id()), message);
                if (clientUpdateId != null) {
                    updates.saveAndFlush(new PartnerUpdate(partner.id(), clientUpdateId, trackingId, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException sameUpdateAtOnce) {
            return postedBefore(partner, clientUpdateId).orElseThrow(() -> sameUpdateAtOnce);
        }
        return trackingId;
    }

    /**
     * Posts the message on the report, unless the partner sent this update before, and answers with the report as
     * its reporter reads it, as {@link ComplaintService#postMessage} does.
     */
    public ReporterComplaintView postAndView(
            Partner partner, String trackingId, String clientUpdateId, ReporterMessage message) {
        var postedOn = post(partner, trackingId, clientUpdateId, message);
        return complaints.reporterView(postedOn, ReporterCredential.integration(partner.id()));
    }

    private Optional<String> postedBefore(Partner partner, String clientUpdateId) {
        return clientUpdateId == null
                ? Optional.empty()
                : updates.findByIntegrationIdAndClientUpdateId(partner.id(), clientUpdateId)
                        .map(PartnerUpdate::getTrackingId);
    }
}
