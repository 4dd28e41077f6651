package id.aduan.complaint.process;

import id.aduan.deadline.HolidaysChanged;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves open timers and task due dates when holidays change, in the transaction of the change, from what the
 * deployed models say and nothing restated in Java: each open timer's expression, and each open user task's
 * {@code camunda:dueDate} expression, is evaluated again for its execution against the new calendar. A task or timer
 * a designer adds with a {@code ${deadlines.…(execution)}} expression moves without a change here.
 */
@Component
class DeadlineRescheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRescheduler.class);
    private static final int PAGE = 500;

    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskContextRefresher taskContext;
    private final ProcessEngineConfigurationImpl engine;
    private final Clock clock;

    DeadlineRescheduler(
            ManagementService management,
            TaskService tasks,
            RuntimeService runtime,
            TaskContextRefresher taskContext,
            ProcessEngineConfigurationImpl engine,
            Clock clock) {
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.taskContext = taskContext;
        this.engine = engine;
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

    /**
     * Every open timer due after the change, of any process. Based on the timer's creation, so that a duration
     * ({@code PT1H}) keeps its due date; an expression that gives a date ({@code ${deadlines.…}}) gives it anew.
     */
    private int moveTimers(Date from) {
        var query = management.createJobQuery().timers().duedateHigherThan(from);
        var total = query.count();
        var moved = 0;
        for (var first = 0; first < total; first += PAGE) {
            for (var job : query.orderByJobId().asc().listPage(first, PAGE)) {
                management.recalculateJobDuedate(job.getId(), true);
                moved++;
            }
            log.info("Moving timers: {} of {} done", Math.min(first + PAGE, total), total);
        }
        return moved;
    }

    /**
     * Every open task due after the change whose model element has a {@code camunda:dueDate}; what its form shows of
     * its deadlines follows.
     */
    private int moveTaskDueDates(Date from) {
        var query = tasks.createTaskQuery().dueAfter(from).initializeFormKeys();
        var total = query.count();
        var moved = 0;
        for (var first = 0; first < total; first += PAGE) {
            for (var task : query.orderByTaskId().asc().listPage(first, PAGE)) {
                var due = modelledDueDate(task.getId());
                if (due != null && !due.equals(task.getDueDate())) {
                    task.setDueDate(due);
                    tasks.saveTask(task);
                    var instance = runtime.createProcessInstanceQuery()
                            .processInstanceId(task.getProcessInstanceId())
                            .singleResult();
                    if (instance != null && instance.getBusinessKey() != null) {
                        taskContext.refresh(instance.getBusinessKey(), task);
                    }
                    moved++;
                }
            }
            log.info("Moving task due dates: {} of {} looked at", Math.min(first + PAGE, total), total);
        }
        return moved;
    }

    /**
     * The task's {@code camunda:dueDate} from the deployed model of its process definition, evaluated for the task's
     * execution as the engine does when it creates the task; null when the model gives none.
     */
    private Date modelledDueDate(String taskId) {
        Command<Date> evaluate = context -> {
            var task = context.getTaskManager().findTaskById(taskId);
            var definition = task == null ? null : task.getTaskDefinition();
            var expression = definition == null ? null : definition.getDueDateExpression();
            if (expression == null || task.getExecution() == null) {
                return null;
            }
            var value = expression.getValue(task.getExecution());
            if (value instanceof String text) {
                return engine.getBusinessCalendarManager()
                        .getBusinessCalendar(DueDateBusinessCalendar.NAME)
                        .resolveDuedate(text, task);
            }
            return value instanceof Date date ? date : null;
        };
        return engine.getCommandExecutorTxRequired().execute(evaluate);
    }
}
