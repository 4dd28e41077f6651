package id.aduan.complaint.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's history as Aduan keeps it ({@code camunda.bpm.history-level: aduan}): what the engine's {@code full}
 * level keeps (instances, activities, tasks, variables, incidents, decisions, job log, operation log) but no row per
 * variable change ({@code ACT_HI_DETAIL}), and nothing of task-local variables, which are copies of the report that a
 * task form displays ({@link LoadTaskContextListener}, {@link LoadVerificationChoicesListener}). The report's own
 * history is its timeline in Aduan's tables. Keeping those copies cost about a hundred rows per report, and kept the
 * text of confidential reports in the engine's history for five years.
 */
final class ProcessHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "aduan";
    /** Stored in {@code ACT_GE_PROPERTY}: every node of one database must use the same level. */
    static final int ID = 31;

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
        if (VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstanceEntity variable) {
            return variable.getTaskId() == null;
        }
        return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }
}
