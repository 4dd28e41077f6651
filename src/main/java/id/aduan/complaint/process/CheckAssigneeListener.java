package id.aduan.complaint.process;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Gives a task only to a member of its candidate groups. Camunda lets whoever may work on a task claim it for any
 * user id, and grants that user the task: without this check an officer could hand their agency's task, and the
 * report with it, to oversight or to another agency's officer. Refused with 403.
 */
@Component
public class CheckAssigneeListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        var assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        var identity = task.getProcessEngineServices().getIdentityService();
        var candidate = task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .anyMatch(group -> identity.createUserQuery()
                                .userId(assignee)
                                .memberOfGroup(group)
                                .count()
                        > 0);
        if (!candidate) {
            throw new AuthorizationException("The task '" + task.getName() + "' can only be given to a member of its"
                    + " candidate groups, which '" + assignee + "' is not.");
        }
    }
}
