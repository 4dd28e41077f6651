package id.aduan.complaint.process;

import id.aduan.complaint.DispatchedUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the steps of a unit's answer share: their unit, and the fields they consume. */
final class UnitSteps {

    private UnitSteps() {}

    static DispatchedUnit unit(ExecutionSubjects subjects, DelegateExecution execution) {
        return subjects.unit(execution)
                .orElseThrow(() -> new IllegalStateException(
                        "No unit's answer is bound to " + execution.getCurrentActivityId() + "."));
    }

    /**
     * Empties the fields of the unit's answer, which stay declared in its scope (so that units answering at once
     * never share them): the next task of the unit's answer starts without a value its form did not submit.
     */
    static void clearFields(DelegateExecution execution) {
        for (var field : ProcessVariables.UNIT_ANSWER_FIELDS) {
            execution.setVariable(field, null);
        }
    }
}
