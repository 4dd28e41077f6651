package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.CATEGORY_CODE;
import static id.aduan.complaint.process.ProcessVariables.CATEGORY_GROUP_CODE;
import static id.aduan.complaint.process.ProcessVariables.COMPLAINT_ID;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.PROVINCE_CODE;
import static id.aduan.complaint.process.ProcessVariables.REGION_CODE;
import static id.aduan.complaint.process.ProcessVariables.REPORT_TYPE;
import static id.aduan.complaint.process.ProcessVariables.REQUESTED_AGENCY_CODE;

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
    private final TaskContextRefresher taskContext;

    ComplaintWorkflow(RuntimeService runtime, TaskContextRefresher taskContext) {
        this.runtime = runtime;
        this.taskContext = taskContext;
    }

    public void start(
            long complaintId,
            String trackingId,
            String reportType,
            String categoryCode,
            String categoryGroupCode,
            String regionCode,
            String provinceCode,
            String complexity,
            String requestedAgencyCode) {
        var variables = Variables.createVariables()
                .putValue(COMPLAINT_ID, complaintId)
                .putValue(REPORT_TYPE, reportType)
                .putValue(CATEGORY_CODE, categoryCode)
                .putValue(CATEGORY_GROUP_CODE, categoryGroupCode)
                .putValue(REGION_CODE, regionCode)
                .putValue(PROVINCE_CODE, provinceCode)
                .putValue(COMPLEXITY, complexity)
                .putValue(REQUESTED_AGENCY_CODE, requestedAgencyCode);
        runtime.startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_ID, trackingId, variables);
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

    private static void inTurn(Runnable correlation) {
        try {
            correlation.run();
        } catch (OptimisticLockingException changedMeanwhile) {
            throw new OptimisticLockingFailureException(
                    "The report's process changed at the same time", changedMeanwhile);
        }
    }
}
