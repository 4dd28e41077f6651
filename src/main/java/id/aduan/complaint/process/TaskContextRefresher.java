package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.system.EngineAuthentication;
import java.util.Date;
import java.util.Map;
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
    private final ProcessSubjects subjects;
    private final TaskService tasks;
    private final IdentityService identity;

    TaskContextRefresher(
            ComplaintTaskContext context, ProcessSubjects subjects, TaskService tasks, IdentityService identity) {
        this.context = context;
        this.subjects = subjects;
        this.tasks = tasks;
        this.identity = identity;
    }

    Map<String, Object> contextOf(ProcessSubject subject, Date due) {
        return context.forTask(subject, due == null ? null : due.toInstant());
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
                var subject = subjects.of(trackingId, task.getProcessInstanceId());
                tasks.setVariablesLocal(task.getId(), contextOf(subject, task.getDueDate()));
            }
        });
    }
}
