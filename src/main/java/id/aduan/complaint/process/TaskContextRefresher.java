package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.system.EngineAuthentication;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's content and history on its open tasks current, for the task forms. The values
 * are task-local variables and hold nothing about the reporter.
 */
@Component
class TaskContextRefresher {

    private final ComplaintTaskContext context;
    private final TaskService tasks;
    private final IdentityService identity;

    TaskContextRefresher(ComplaintTaskContext context, TaskService tasks, IdentityService identity) {
        this.context = context;
        this.tasks = tasks;
        this.identity = identity;
    }

    Map<String, Object> contextOf(String taskDefinitionKey, Function<String, Object> variables, Date due) {
        var verification = ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT.equals(taskDefinitionKey);
        return context.forTask(
                ProcessInputs.complaintId(variables),
                verification ? null : ProcessInputs.text(variables.apply(ProcessVariables.AGENCY_CODE)),
                verification ? ProcessInputs.texts(variables.apply(ProcessVariables.RULE_AGENCY_CODES)) : null,
                due == null ? null : due.toInstant());
    }

    /**
     * Refreshes every open task of a report, such as after a reporter's message. It runs with the
     * engine's own rights, because the one who triggers it need not be allowed to see those tasks.
     */
    void refresh(String trackingId) {
        EngineAuthentication.withoutUser(identity, () -> {
            for (var task : tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .list()) {
                var variables = tasks.getVariables(task.getId());
                tasks.setVariablesLocal(
                        task.getId(), contextOf(task.getTaskDefinitionKey(), variables::get, task.getDueDate()));
            }
        });
    }
}
