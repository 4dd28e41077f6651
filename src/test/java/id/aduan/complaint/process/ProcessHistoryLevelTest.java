package id.aduan.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.notification.process.NotificationDeliveryProcess;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class ProcessHistoryLevelTest {

    private final ProcessHistoryLevel level = new ProcessHistoryLevel();

    private static VariableInstanceEntity variable(String name) {
        var variable = new VariableInstanceEntity();
        variable.setName(name);
        return variable;
    }

    @Test
    void keepsTheHistoryOfInstanceVariablesSuchAsFormFields() {
        // given
        var decision = variable(ProcessVariables.VERIFICATION_DECISION);

        // then
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, decision))
                .isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, decision))
                .isTrue();
    }

    @Test
    void keepsNothingOfTheTaskFormsCopiesOfTheReport() {
        // given
        // the JSON of the texts a form shows, and a text of the task cards
        var context = variable(FormFields.CONTEXT);
        context.setTaskId("task-1");
        var title = variable("title");
        title.setTaskId("task-1");

        // then
        for (var event : new HistoryEventTypes[] {
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE
        }) {
            for (var variable : new VariableInstanceEntity[] {context, title}) {
                assertThat(level.isHistoryEventProduced(event, variable))
                        .as(event.name() + " " + variable.getName())
                        .isFalse();
            }
        }
    }

    @Test
    void keepsNothingOfTheNotificationKindAStepQueuesWhoseNotificationsTheOutboxKeeps() {
        // given the input parameter of a step that queues a notification, as the models name it
        assertThat(ProcessHistoryLevel.NOTIFICATION_KIND_INPUT).isEqualTo(NotificationDeliveryProcess.NOTIFICATION);
        var kind = variable(NotificationDeliveryProcess.NOTIFICATION);

        // then
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, kind))
                .isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_DELETE, kind))
                .isFalse();
    }

    @Test
    void keepsNoRowPerVariableChangeButTheRestOfTheFullHistory() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null))
                .isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, null))
                .isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null))
                .isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null))
                .isTrue();
    }

    @Test
    void keepsNothingOfTheNotificationDeliveriesWhoseHistoryIsTheOutbox() {
        // given
        JobEntity delivery = new MessageEntity();
        delivery.setProcessDefinitionKey(NotificationDeliveryProcess.PROCESS_ID);
        JobEntity verificationDeadline = new MessageEntity();
        verificationDeadline.setProcessDefinitionKey(ComplaintHandlingProcess.PROCESS_ID);

        // then
        assertThat(ProcessHistoryLevel.NOTIFICATION_DELIVERY_PROCESS).isEqualTo(NotificationDeliveryProcess.PROCESS_ID);
        for (var event : new HistoryEventTypes[] {HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS}) {
            assertThat(level.isHistoryEventProduced(event, delivery))
                    .as(event.name())
                    .isFalse();
            assertThat(level.isHistoryEventProduced(event, verificationDeadline))
                    .as(event.name())
                    .isTrue();
        }
    }
}
