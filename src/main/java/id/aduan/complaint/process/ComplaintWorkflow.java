package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts a report's process and passes the reporter's answers to it, by the report's tracking ID, which
 * is the business key of every process instance of the report. When staff or a deadline moved the process at the
 * same moment, the answer fails with Spring's {@link OptimisticLockingFailureException}, a conflict the caller's door
 * answers (409), and the caller's transaction rolls back.
 */
@Component
public class ComplaintWorkflow {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskContextRefresher taskContext;

    ComplaintWorkflow(RuntimeService runtime, ManagementService management, TaskContextRefresher taskContext) {
        this.runtime = runtime;
        this.management = management;
        this.taskContext = taskContext;
    }

    /**
     * Starts the report's process. Its business key, the tracking ID, is all the process needs to find the report;
     * the complexity only preselects the verification form's field.
     */
    public void start(String trackingId, String defaultComplexity) {
        runtime.startProcessInstanceByKey(
                ComplaintHandlingProcess.PROCESS_ID,
                trackingId,
                Variables.createVariables().putValue(COMPLEXITY, defaultComplexity));
    }

    /** Passes a reporter's message to whatever waits for one: a deferral, an information request, the window. */
    public void reporterReplied(String trackingId) {
        inTurn(() -> {
            runtime.createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_REPORTER_REPLIED)
                    .processInstanceBusinessKey(trackingId)
                    .correlateAllWithResult();
            taskContext.refresh(trackingId);
        });
    }

    public void accepted(String trackingId) {
        inTurn(() -> runtime.createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_FOLLOW_UP_ACCEPTED)
                .processInstanceBusinessKey(trackingId)
                .correlateWithResult());
    }

    public void objected(String trackingId) {
        inTurn(() -> runtime.createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_FOLLOW_UP_OBJECTED)
                .processInstanceBusinessKey(trackingId)
                .correlateWithResult());
    }

    /**
     * Closes the reporter's window now instead of when its timer says: the timer that closes the report without the
     * reporter's answer falls due at once, and the job executor runs it as it would have. Nothing happens when the
     * report does not wait for its reporter.
     */
    public void closeReporterWindow(String trackingId, Instant now) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_ID)
                .processInstanceBusinessKey(trackingId)
                .active()
                .singleResult();
        if (instance == null) {
            return;
        }
        var timer = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(ComplaintHandlingProcess.BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED)
                .singleResult();
        if (timer != null && timer.getDuedate().toInstant().isAfter(now)) {
            inTurn(() -> management.setJobDuedate(timer.getId(), Date.from(now)));
        }
    }

    /**
     * Computes again when the agency's follow-up instance stops waiting for the decision of the installation that
     * serves the agency ({@code deadlines.installationDecisionDue}, from the tables), after what it is computed from
     * changed. Nothing happens when the instance does not wait for that installation.
     */
    public void rescheduleInstallationWait(String followUpInstanceId) {
        management
                .createJobQuery()
                .processInstanceId(followUpInstanceId)
                .activityId(AgencyFollowUpProcess.BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE)
                .timers()
                .list()
                .forEach(timer -> management.recalculateJobDuedate(timer.getId(), false));
    }

    /** Whether the process instance still runs. */
    public boolean running(String processInstanceId) {
        return runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0;
    }

    /**
     * Moves on the follow-up of an agency that another installation serves, which then reads that installation's
     * decision from the tables.
     *
     * @param followUpInstanceId the instance of AgencyFollowUpProcess bound to the agency's assignment
     * @return false when the follow-up does not wait for a decision (yet)
     */
    public boolean installationDecided(String followUpInstanceId) {
        try {
            inTurn(() -> runtime.createMessageCorrelation(AgencyFollowUpProcess.MESSAGE_INSTALLATION_DECIDED)
                    .processInstanceId(followUpInstanceId)
                    .correlateWithResult());
            return true;
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return false;
        }
    }

    private static void inTurn(Runnable correlation) {
        try {
            correlation.run();
        } catch (OptimisticLockingException changedMeanwhile) {
            throw new OptimisticLockingFailureException(
                    "The report's process changed at the same time", changedMeanwhile);
        }
    }
}
