package id.aduan.integration.process;

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

import id.aduan.integration.webhook.WebhookService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/WebhookDeliveryProcess.bpmn")
class WebhookDeliveryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private final WebhookService webhooks = mock(WebhookService.class);
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        Mocks.register("deliverWebhookDelegate", new DeliverWebhookDelegate(webhooks));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance queue() {
        var instance = runtimeService().startProcessInstanceByKey(WebhookDeliveryProcess.PROCESS_ID, "ADU-7K3M-9QXH");
        BpmnAwareTests.assertThat(instance).isStarted();
        return instance;
    }

    @Test
    void deliversTheEventBoundToTheInstanceInAJobOfItsOwn() {
        // given the step that recorded the event has committed
        var instance = queue();
        BpmnAwareTests.assertThat(instance).isWaitingAt(WebhookDeliveryProcess.SEND_TASK_DELIVER_WEBHOOK);

        // when the job executor runs the delivery, then the step after it
        execute(job());
        execute(job());

        // then the event is found by the instance's id, which no variable can change
        verify(webhooks).deliver(instance.getId());
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(WebhookDeliveryProcess.END_EVENT_WEBHOOK_DELIVERED);
    }

    @Test
    void retriesWithGrowingWaitsForHoursThenRaisesAnIncidentThatCockpitRetries() {
        // given the receiver is down
        doThrow(new IllegalStateException("Connection refused"))
                .when(webhooks)
                .deliver(org.mockito.ArgumentMatchers.anyString());
        var now = Instant.parse("2026-03-02T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        var instance = queue();

        // when every attempt fails, each run when it is due
        var waits = new ArrayList<Duration>();
        while (job().getRetries() > 0) {
            assertThatThrownBy(() -> execute(job())).hasMessageContaining("Connection refused");
            if (job().getRetries() > 0) {
                var due = job().getDuedate().toInstant();
                waits.add(Duration.between(now, due));
                now = due;
                ClockUtil.setCurrentTime(Date.from(now));
            }
        }

        // then it waited longer each time, more than an hour in all, as the model's retry cycle says
        assertThat(waits)
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(20),
                        Duration.ofMinutes(30),
                        Duration.ofHours(1),
                        Duration.ofHours(2),
                        Duration.ofHours(4));
        // and an incident shows, as in Cockpit
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .singleResult()
                        .getIncidentMessage())
                .contains("Connection refused");

        // when the receiver is back and the incident is retried, as Cockpit's "Retry" does
        doNothing().when(webhooks).deliver(instance.getId());
        engine.getManagementService().setJobRetries(job().getId(), 1);
        execute(job());
        execute(job());

        // then
        verify(webhooks, times(11)).deliver(instance.getId());
        BpmnAwareTests.assertThat(instance).isEnded();
    }
}
