package id.aduan.complaint.process;

import id.aduan.complaint.UnitDispatches;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the steps inside a government ask of the model, as in {@code ${unitAnswers.dispatchesToUnits(execution)}}:
 * whether the agency's coordinator dispatches to units, the dispatches to start a unit's answer for, and whether the
 * liaison officer approves each draft. Each is read from Aduan's tables for the instance's agency.
 */
@Component
public class UnitAnswers {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    UnitAnswers(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    /** Whether the agency is a government with units, whose coordinator dispatches the report or answers it. */
    public boolean dispatchesToUnits(DelegateExecution execution) {
        return !dispatches.unitsOf(subjects.of(execution).agencyCode()).isEmpty();
    }

    /** The dispatches the coordinator has just made: one unit's answer starts for each. */
    public List<Long> dispatchIds(DelegateExecution execution) {
        var subject = subjects.of(execution);
        return dispatches.unboundDispatchIds(subject.complaintId(), subject.agencyCode());
    }

    /** Whether the government's liaison officer approves each unit's draft before the reporter sees it. */
    public boolean approvalRequired(DelegateExecution execution) {
        return dispatches.approvalRequired(subjects.of(execution).agencyCode());
    }
}
