package id.aduan.complaint.process;

import id.aduan.complaint.DispatchedUnit;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.complaint.UnitDispatches;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The report, and in an agency's follow-up the agency, that a delegate, listener or expression works on: from the
 * instance's business key and id, which staff cannot change, never from its variables, which they may write.
 */
@Component
class ExecutionSubjects {

    private final ProcessSubjects subjects;
    private final UnitDispatches dispatches;

    ExecutionSubjects(ProcessSubjects subjects, UnitDispatches dispatches) {
        this.subjects = subjects;
        this.dispatches = dispatches;
    }

    /** The report, and in an agency's follow-up its agency ({@link ProcessSubjects#inFollowUp}). */
    ProcessSubject of(DelegateExecution execution) {
        if (!ProcessSubjects.inFollowUp(execution)) {
            return report(execution);
        }
        return subjects.of(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    ProcessSubject of(DelegateTask task) {
        return of(task.getExecution());
    }

    /**
     * In a unit's answer inside a government, the unit's part: the dispatch bound to the unit's answer when it
     * started ({@link BindDispatchListener}), found through the engine's scopes, never through a variable.
     */
    Optional<DispatchedUnit> unit(DelegateExecution execution) {
        if (!ProcessSubjects.inFollowUp(execution)) {
            return Optional.empty();
        }
        var subject = of(execution);
        return dispatches.bound(subject.complaintId(), subject.agencyCode(), ProcessSubjects.scopesOf(execution));
    }

    Optional<DispatchedUnit> unit(DelegateTask task) {
        return unit(task.getExecution());
    }

    /**
     * The agency that must act at this step, whose supervisors a missed deadline goes to: in a unit's answer the
     * unit while it drafts and the government while its liaison officer approves, otherwise the instance's agency.
     */
    String responsibleAgency(DelegateExecution execution) {
        return unit(execution)
                .map(DispatchedUnit::responsibleAgencyCode)
                .orElseGet(() -> of(execution).agencyCode());
    }

    /** The report only, without the agency of a follow-up instance: for a step that works on the report. */
    ProcessSubject report(DelegateExecution execution) {
        return subjects.report(execution.getProcessBusinessKey());
    }

    ProcessSubject report(DelegateTask task) {
        return report(task.getExecution());
    }
}
