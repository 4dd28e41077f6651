package id.aduan.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import id.aduan.notification.NotificationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/NotificationDeliveryProcess.bpmn")
class NotificationDeliveryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private final NotificationService notifications = mock(NotificationService.class);
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("deliverEmailDelegate", new DeliverEmailDelegate(notifications));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance queue() {
        var instance = runtimeService()
                .startProcessInstanceByKey(
                        NotificationDeliveryProcess.PROCESS_ID,
                        "ADU-7K3M-9QXH",
                        Variables.createVariables()
                                .putValue(NotificationDeliveryProcess.NOTIFICATION_BATCH_ID, "batch-1"));
        BpmnAwareTests.assertThat(instance).isStarted();
        return instance;
    }

    @Test
    void deliversTheBatchInAJobOfItsOwn() {
        // given the step that queued it has committed
        var instance = queue();
        BpmnAwareTests.assertThat(instance).isWaitingAt(NotificationDeliveryProcess.SEND_TASK_DELIVER_EMAIL);

        // when the job executor runs the delivery
        execute(job());

        // then
        verify(notifications).deliver("batch-1");
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(NotificationDeliveryProcess.END_EVENT_EMAIL_DELIVERED);
    }

    @Test
    void retriesWhileTheServerIsDownThenRaisesAnIncidentThatCockpitRetries() {
        // given the SMTP server is down
        doThrow(new IllegalStateException("Connection refused"))
                .when(notifications)
                .deliver("batch-1");
        var instance = queue();

        // when every retry fails
        for (var attempt = 5; attempt > 0; attempt--) {
            assertThat(job().getRetries()).isEqualTo(attempt);
            assertThatThrownBy(() -> execute(job())).hasMessageContaining("Connection refused");
        }

        // then an incident shows, as in Cockpit
        assertThat(job().getRetries()).isZero();
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .singleResult()
                        .getIncidentMessage())
                .contains("Connection refused");

        // when the server is back and the incident is retried, as Cockpit's "Retry" does
        doNothing().when(notifications).deliver("batch-1");
        engine.getManagementService().setJobRetries(job().getId(), 1);
        execute(job());

        // then
        verify(notifications, times(6)).deliver("batch-1");
        BpmnAwareTests.assertThat(instance).isEnded();
    }
}
