package id.aduan.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Facts of the report that the models' decisions read, as in {@code ${reportFacts.type(execution)}}: mapped from
 * Aduan's tables into the decision's input when it is evaluated, so that no process variable decides them.
 */
@Component
public class ReportFacts {

    private final ExecutionSubjects subjects;

    ReportFacts(ExecutionSubjects subjects) {
        this.subjects = subjects;
    }

    /** The report's type, such as COMPLAINT, as {@code ComplaintDeadlineDecision.dmn} reads it. */
    public String type(DelegateExecution execution) {
        return subjects.report(execution).reportType().name();
    }

    /**
     * Whether the report goes straight to the agency another Aduan installation routed it to, without verification
     * here: as the report was filed, from Aduan's record of that installation.
     */
    public boolean verificationSkipped(DelegateExecution execution) {
        return subjects.report(execution).verificationSkipped();
    }

    /** Whether another Aduan installation forwarded the report: "not our authority" returns it there. */
    public boolean forwarded(DelegateExecution execution) {
        return subjects.report(execution).forwarded();
    }
}
