package id.aduan.complaint;

import id.aduan.system.EngineAuthentication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The stable link that staff e-mails carry to the task about a report, {@code /staff/tasks/{trackingId}}: it is
 * known when the e-mail is queued, usually before the task exists, and leads to whichever task of the report is
 * then open for the staff member who follows it.
 */
@Service
public class TaskLinks {

    private final TaskService tasks;
    private final IdentityService identity;

    TaskLinks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The path of the link to the report's task, below Aduan's public address. */
    public static String path(String trackingId) {
        return "/staff/tasks/" + trackingId;
    }

    /** Where Tasklist opens a task. */
    public static String tasklistPath(String taskId) {
        return "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /**
     * The open tasks of the report that are the staff member's: assigned to them, or offered to one of their groups
     * (also when a colleague claimed it), earliest due first. Not every task they may read: oversight reads all.
     */
    public List<OpenTask> openTasks(String trackingId, String userId, List<String> groupIds) {
        var found = new LinkedHashMap<String, Task>();
        EngineAuthentication.withoutUser(identity, () -> {
            tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .taskAssignee(userId)
                    .active()
                    .list()
                    .forEach(task -> found.put(task.getId(), task));
            if (!groupIds.isEmpty()) {
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingId)
                        .taskCandidateGroupIn(groupIds)
                        .includeAssignedTasks()
                        .active()
                        .list()
                        .forEach(task -> found.put(task.getId(), task));
            }
        });
        var open = new ArrayList<>(found.values());
        open.sort(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return open.stream()
                .map(task -> new OpenTask(task.getId(), task.getName(), tasklistPath(task.getId())))
                .toList();
    }

    /** A task of a report, with its name and where Tasklist opens it. */
    public record OpenTask(String id, String name, String tasklistPath) {}
}
