package id.aduan.complaint;

import id.aduan.security.AccessLinkLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reporter's request for a new private link, by the report's tracking ID and the e-mail address they gave with it.
 * Whoever asks gets the same answer at once, whatever the address: it is compared afterwards, on a thread of its own
 * ({@link AccessLinkConfiguration}), one request after the other, so that neither the answer nor how long it takes
 * tells whether an address belongs to a report (which would undo the anonymity of anonymous reports). When the address is the reporter's and the reporter may be sent another link
 * ({@link AccessLinkLimits}), {@link AccessLinkRequested} lets the e-mails send the link there. A request waiting
 * when the node stops is lost; the reporter asks again.
 */
@Component
public class AccessLinkRequests {

    private static final Logger log = LoggerFactory.getLogger(AccessLinkRequests.class);

    private final ReporterAccess access;
    private final AccessLinkLimits limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TaskExecutor worker;

    AccessLinkRequests(
            ReporterAccess access,
            AccessLinkLimits limits,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            @Qualifier(AccessLinkConfiguration.EXECUTOR) TaskExecutor worker) {
        this.access = access;
        this.limits = limits;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.worker = worker;
    }

    /** Takes the request; a new link goes to the address later if, and only if, it is the report's reporter's. */
    public void request(String trackingId, String email) {
        try {
            worker.execute(() -> sendIfReporter(trackingId, email));
        } catch (TaskRejectedException full) {
            log.warn("Too many requests for new private links are waiting; one for {} was dropped", trackingId);
        }
    }

    private void sendIfReporter(String trackingId, String email) {
        try {
            transactions.executeWithoutResult(status -> access.reportReachableAt(trackingId, email)
                    .filter(complaintId -> mayBeSentAnother(trackingId))
                    .ifPresent(complaintId -> events.publishEvent(new AccessLinkRequested(complaintId, trackingId))));
        } catch (RuntimeException failure) {
            log.error("A request for a new private link to report {} failed", trackingId, failure);
        }
    }

    private boolean mayBeSentAnother(String trackingId) {
        if (limits.takeLinkFor(trackingId)) {
            return true;
        }
        log.info(
                "The reporter of {} was sent as many new links as they may for now; this request sends none",
                trackingId);
        return false;
    }
}
