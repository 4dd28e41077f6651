package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.system.EngineAuthentication;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

    /** What the task's form shows of the report and the task ({@link FormFields#SHOWN_BY_FORM}). */
    Map<String, Object> contextOf(ProcessSubject subject, Date due, String formId) {
        return shownByForm(context.forTask(subject, instant(due)), formId);
    }

    private static Map<String, Object> shownByForm(Map<String, Object> context, String formId) {
        var shown = FormFields.SHOWN_BY_FORM.get(formId);
        var values = new HashMap<String, Object>();
        context.forEach((name, value) -> {
            if (shown.contains(name)) {
                values.put(name, value);
            }
        });
        return values;
    }

    /**
     * Refreshes every open task of a report, such as after a reporter's message, writing only the values that changed
     * (each is a row of its own). It runs with the engine's own rights, because the one who triggers it need not be
     * allowed to see those tasks.
     */
    void refresh(String trackingId) {
        EngineAuthentication.withoutUser(identity, () -> {
            for (var task : tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .initializeFormKeys()
                    .list()) {
                refresh(trackingId, task);
            }
        });
    }

    /**
     * Refreshes one open task of the report, read with its form key ({@code initializeFormKeys}), such as after its
     * due date moved; a task without one of Aduan's forms has nothing to refresh.
     */
    void refresh(String trackingId, Task task) {
        var form = task.getCamundaFormRef();
        if (form == null || !FormFields.SHOWN_BY_FORM.containsKey(form.getKey())) {
            return;
        }
        var subject = subjects.of(trackingId, task.getProcessInstanceId());
        var context = shownByForm(this.context.forOpenTask(subject, instant(task.getDueDate())), form.getKey());
        var shown = tasks.getVariablesLocal(task.getId(), context.keySet());
        var changed = new HashMap<String, Object>();
        context.forEach((name, value) -> {
            if (!Objects.equals(shown.get(name), value)) {
                changed.put(name, value);
            }
        });
        if (!changed.isEmpty()) {
            tasks.setVariablesLocal(task.getId(), changed);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
