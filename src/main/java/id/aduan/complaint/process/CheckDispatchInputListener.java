package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.DISPATCH_NOTE;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_DECISION;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;
import static id.aduan.complaint.process.ProcessVariables.UNIT_CODES;

import id.aduan.complaint.NamedCode;
import id.aduan.complaint.UnitDispatches;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a government coordinator's dispatch form: to dispatch, at least one unit, each a unit of this government,
 * and an optional note; otherwise the follow-up's own decisions with their text.
 */
@Component
public class CheckDispatchInputListener implements TaskListener {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    CheckDispatchInputListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.DISPATCH_COMPLAINT, Set.of(UNIT_CODES));
        var why =
                switch (TaskInputCheck.choice(task, FOLLOW_UP_DECISION, FollowUpDecision.class)) {
                    case DISPATCH -> null;
                    case RESPOND -> "to answer directly: write the government's answer to the reporter";
                    case NOT_OUR_AUTHORITY -> "to hand the report back: say why it is not the government's authority";
                    case REQUEST_INFO -> "to request information: write the question to the reporter";
                };
        if (why != null) {
            TaskInputCheck.requiredText(task, FOLLOW_UP_TEXT, why);
            return;
        }
        var units = dispatches.unitsOf(subjects.of(task).agencyCode()).stream()
                .map(NamedCode::code)
                .collect(Collectors.toSet());
        var chosen = TaskInputCheck.codes(task, UNIT_CODES);
        if (chosen.isEmpty()) {
            throw TaskInputCheck.rejected(UNIT_CODES, "unitCodes is required to dispatch: choose at least one unit.");
        }
        var unknown = chosen.stream().filter(code -> !units.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw TaskInputCheck.rejected(
                    UNIT_CODES,
                    "unitCodes may only name units of this government; " + String.join(", ", unknown)
                            + " is not one of them.");
        }
        TaskInputCheck.optionalText(task, DISPATCH_NOTE);
    }
}
