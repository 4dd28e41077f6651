package id.aduan.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reporter's request for a new private link, by the report's tracking ID and the e-mail address they gave with it.
 * Whoever asks gets the same answer at once, whatever the address: it is compared afterwards, on a thread of its own,
 * one request after the other in the order they came, so that neither the answer nor how long it takes tells whether
 * an address belongs to a report (which would undo the anonymity of anonymous reports). When the address is the
 * reporter's, {@link AccessLinkRequested} lets the e-mails send the link there. A request waiting when the node stops
 * is lost; the reporter asks again.
 */
@Component
public class AccessLinkRequests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AccessLinkRequests.class);

    /** Requests waiting for their turn; beyond this the rate limits have failed, and further ones are dropped. */
    private static final int WAITING_MAX = 1000;

    private final ReporterAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ThreadPoolTaskExecutor worker = new ThreadPoolTaskExecutor();

    AccessLinkRequests(
            ReporterAccess access, ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.access = access;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        worker.setCorePoolSize(1);
        worker.setMaxPoolSize(1);
        worker.setQueueCapacity(WAITING_MAX);
        worker.setThreadNamePrefix("access-link-");
        worker.initialize();
    }

    /** Takes the request; a new link goes to the address later if, and only if, it is the report's reporter's. */
    public void request(String trackingId, String email) {
        try {
            worker.execute(() -> sendIfReporter(trackingId, email));
        } catch (TaskRejectedException full) {
            log.warn("{} requests for new private links are waiting; one for {} was dropped", WAITING_MAX, trackingId);
        }
    }

    private void sendIfReporter(String trackingId, String email) {
        try {
            transactions.executeWithoutResult(status -> access.reportReachableAt(trackingId, email)
                    .ifPresent(complaintId -> events.publishEvent(new AccessLinkRequested(complaintId, trackingId))));
        } catch (RuntimeException failure) {
            log.error("A request for a new private link to report {} failed", trackingId, failure);
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
