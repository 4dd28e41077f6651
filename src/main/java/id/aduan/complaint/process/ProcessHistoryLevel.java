package id.aduan.complaint.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's history as Aduan keeps it ({@code camunda.bpm.history-level: aduan}): what the engine's {@code full}
 * level keeps (instances, activities, tasks, variables, incidents, decisions, job log, operation log) but no row per
 * variable change ({@code ACT_HI_DETAIL}), and nothing of task-local variables, which are copies of the report that a
 * task form displays ({@link LoadTaskContextListener}, {@link LoadVerificationChoicesListener}). The report's own
 * history is its timeline in Aduan's tables. Keeping those copies cost about a hundred rows per report, and kept the
 * text of confidential reports in the engine's history for five years.
 *
 * <p>Nor of the input parameter {@code notification} of the models' steps that queue a notification (which kind:
 * a constant of the model, whose notifications the outbox keeps): two rows per report at intake, and one per notice
 * after.
 *
 * <p>Nothing at all is kept of the instances of {@code NotificationDeliveryProcess} (instance, activities, variable,
 * job log, incidents): the outbox is their history (each notification's status, attempts, last error and time sent),
 * and a delivery that fails shows as an incident of the running instance. Their history was about a fifth of the rows
 * a report wrote at intake.
 */
final class ProcessHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "aduan";
    /** Stored in {@code ACT_GE_PROPERTY}: every node of one database must use the same level. */
    static final int ID = 31;

    /** {@code id.aduan.notification.process.NotificationDeliveryProcess.PROCESS_ID} ({@code ProcessHistoryLevelTest}). */
    static final String NOTIFICATION_DELIVERY_PROCESS = "NotificationDeliveryProcess";

    /**
     * {@code id.aduan.notification.process.NotificationDeliveryProcess.NOTIFICATION}, the input parameter of the steps
     * that queue a notification ({@code ProcessHistoryLevelTest}).
     */
    static final String NOTIFICATION_KIND_INPUT = "notification";

    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
                || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (NOTIFICATION_DELIVERY_PROCESS.equals(processDefinitionKey(entity))) {
            return false;
        }
        if (VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstanceEntity variable) {
            return variable.getTaskId() == null && !NOTIFICATION_KIND_INPUT.equals(variable.getName());
        }
        return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    /** The key of the process the entity of an event belongs to, where it is one of an instance's; otherwise null. */
    private static String processDefinitionKey(Object entity) {
        if (entity instanceof ExecutionEntity execution) {
            return key(execution.getProcessDefinition());
        }
        if (entity instanceof VariableInstanceEntity variable && variable.getExecutionId() != null) {
            return key(variable.getExecution().getProcessDefinition());
        }
        if (entity instanceof JobEntity job) {
            return job.getProcessDefinitionKey();
        }
        if (entity instanceof IncidentEntity incident) {
            return key(incident.getProcessDefinition());
        }
        return null;
    }

    private static String key(ProcessDefinitionEntity definition) {
        return definition == null ? null : definition.getKey();
    }
}
