package id.aduan.complaint.process;

import id.aduan.complaint.DispatchStatus;
import id.aduan.complaint.UnitDispatches;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Refuses a completion of a unit's draft or approval task that changed the engine's loop variables of the units'
 * answers, which a form submission could: they decide when every unit has answered. Each must still say what Aduan's
 * table says: as many instances as dispatches in the round, as many completed as units answered, and this unit's
 * place in the round.
 */
final class MultiInstanceCheck {

    private MultiInstanceCheck() {}

    static void unchanged(DelegateTask task, UnitDispatches dispatches, ExecutionSubjects subjects) {
        var subject = subjects.of(task);
        var unit = UnitSteps.unit(subjects, task.getExecution());
        var round = dispatches.round(subject.complaintId(), subject.agencyCode());
        var answered = (int) round.stream()
                .filter(part -> part.status() == DispatchStatus.ANSWERED)
                .count();
        var place = round.stream().map(part -> part.dispatchId()).toList().indexOf(unit.dispatchId());
        var expected = Map.of(
                "nrOfInstances",
                round.size(),
                "nrOfCompletedInstances",
                answered,
                "nrOfActiveInstances",
                round.size() - answered,
                "loopCounter",
                place);
        expected.forEach((name, value) -> {
            var actual = task.getExecution().getVariable(name);
            if (!(actual instanceof Integer number) || number != value) {
                throw TaskInputCheck.rejected(name, name + " is not a field of this form.");
            }
        });
    }
}
