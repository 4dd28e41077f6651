package id.aduan;

import org.camunda.bpm.engine.ManagementService;

/** Runs the e-mail delivery jobs in full-stack tests, where the job executor is off. */
public final class EMailDeliveries {

    private EMailDeliveries() {}

    /** Runs the delivery jobs that are due, as the job executor would, until none is left. */
    public static void deliverQueued(ManagementService management) {
        var due = management
                .createJobQuery()
                .processDefinitionKey("NotificationDeliveryProcess")
                .executable()
                .list();
        while (!due.isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
            due = management
                    .createJobQuery()
                    .processDefinitionKey("NotificationDeliveryProcess")
                    .executable()
                    .list();
        }
    }
}
