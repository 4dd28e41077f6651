package id.aduan.complaint.process;

import id.aduan.complaint.ProcessSubjects;
import id.aduan.deadline.HolidaysChanged;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves open timers and task due dates when holidays change, in the transaction of the change: each
 * timer's expression is evaluated again against the new calendar.
 */
@Component
class DeadlineRescheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRescheduler.class);
    private static final int PAGE = 500;
    private static final List<String> PROCESSES =
            List.of(ComplaintHandlingProcess.PROCESS_ID, AgencyFollowUpProcess.PROCESS_ID);
    private static final List<String> TASKS_WITH_DEADLINES = List.of(
            ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT, AgencyFollowUpProcess.USER_TASK_FOLLOW_UP_COMPLAINT);

    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessSubjects subjects;
    private final Deadlines deadlines;
    private final Clock clock;

    DeadlineRescheduler(
            ManagementService management,
            RuntimeService runtime,
            TaskService tasks,
            ProcessSubjects subjects,
            Deadlines deadlines,
            Clock clock) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.subjects = subjects;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener
    void holidaysChanged(HolidaysChanged changed) {
        // A day earlier than the change, so that deadlines ending at midnight east of UTC are included.
        var fromChange =
                changed.from().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var from = Date.from(fromChange.isAfter(clock.instant()) ? fromChange : clock.instant());
        var timers = moveTimers(from);
        var dueDates = moveTaskDueDates(from);
        log.info(
                "Holidays changed from {}: re-evaluated {} open timers and {} task due dates",
                changed.from(),
                timers,
                dueDates);
    }

    private int moveTimers(Date from) {
        var moved = 0;
        for (var process : PROCESSES) {
            var query = management
                    .createJobQuery()
                    .timers()
                    .processDefinitionKey(process)
                    .duedateHigherThan(from);
            var total = query.count();
            for (var first = 0; first < total; first += PAGE) {
                for (var job : query.orderByJobId().asc().listPage(first, PAGE)) {
                    management.recalculateJobDuedate(job.getId(), false);
                    moved++;
                }
                log.info("Moving timers of {}: {} of {} done", process, Math.min(first + PAGE, total), total);
            }
        }
        return moved;
    }

    private int moveTaskDueDates(Date from) {
        var moved = 0;
        for (var taskDefinitionKey : TASKS_WITH_DEADLINES) {
            for (var task : tasks.createTaskQuery()
                    .taskDefinitionKey(taskDefinitionKey)
                    .dueAfter(from)
                    .list()) {
                var instance = runtime.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult();
                var subject = subjects.of(instance.getBusinessKey(), instance.getId());
                task.setDueDate(
                        ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT.equals(taskDefinitionKey)
                                ? deadlines.verificationDue(subject)
                                : deadlines.followUpDue(subject));
                tasks.saveTask(task);
                moved++;
            }
        }
        return moved;
    }
}
