package id.aduan.complaint.process;

import id.aduan.complaint.UnitDispatches;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a unit's draft or approval task what its form shows of the unit's part: the unit, the coordinator's note,
 * the latest draft and why the liaison officer returned it.
 */
@Component
public class LoadDispatchContextListener implements TaskListener {

    static final Set<String> SHOWN = Set.of("unitName", "coordinatorNote", "unitDraft", "returnedBecause");

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    LoadDispatchContextListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        var unit = subjects.unit(task)
                .orElseThrow(() -> new IllegalStateException("No unit's answer is bound to " + task.getName()));
        var view = dispatches.view(unit.dispatchId());
        task.setVariablesLocal(Map.of(
                "unitName", view.unitName(),
                "coordinatorNote", view.note(),
                "unitDraft", view.draft(),
                "returnedBecause", view.returnReason()));
    }
}
