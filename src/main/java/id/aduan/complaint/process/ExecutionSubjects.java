package id.aduan.complaint.process;

import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
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

    ExecutionSubjects(ProcessSubjects subjects) {
        this.subjects = subjects;
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

    /** The report only, without the agency of a follow-up instance: for a step that works on the report. */
    ProcessSubject report(DelegateExecution execution) {
        return subjects.report(execution.getProcessBusinessKey());
    }

    ProcessSubject report(DelegateTask task) {
        return report(task.getExecution());
    }
}
