package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.installation.internal.InstallationDelivery;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationDeliveryRepository;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.installation.process.InstallationDeliveryProcess;
import id.aduan.integration.RemoteInstallations;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.system.DeliveryInstances;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A delivery to a connected installation in the engine, with the engine's retry settings of the application: an
 * installation that is away is retried, one that refuses the call for good ends the retries at once with an incident
 * that says what to fix.
 */
@Deployment(resources = "bpmn/InstallationDeliveryProcess.bpmn")
class InstallationDeliveryProcessTest {

    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final RemoteInstallation NATIONAL =
            new RemoteInstallation(3L, "Aduan Nasional", true, "https://lapor.example", "key", "whsec_x");

    @org.junit.jupiter.api.extension.RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private final InstallationDeliveryRepository deliveryRows = mock(InstallationDeliveryRepository.class);
    private final InstallationForwardRepository forwards = mock(InstallationForwardRepository.class);
    private final RemoteInstallations remotes = mock(RemoteInstallations.class);
    private final InstallationOutbox outbox = mock(InstallationOutbox.class);
    private final InstallationDeliveries deliveries = new InstallationDeliveries(
            deliveryRows,
            forwards,
            remotes,
            outbox,
            mock(DeliveryInstances.class),
            new ObjectMapper(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        // what DeliverToInstallationDelegate does
        Mocks.register("deliverToInstallationDelegate", (JavaDelegate)
                execution -> deliveries.deliver(execution.getProcessInstanceId()));
        var forward = new InstallationForward(7L, "ADU-7K3M-9QXH", "ADU-7K3M-9QXH", "DINKES-MUBA", 3L, NOW);
        ReflectionTestUtils.setField(forward, "id", 11L);
        var delivery = new InstallationDelivery(11L, DeliveryKind.REPORT, "{}", NOW);
        ReflectionTestUtils.setField(delivery, "id", 21L);
        when(deliveryRows.findByProcessInstanceId(any())).thenReturn(Optional.of(delivery));
        when(forwards.findById(11L)).thenReturn(Optional.of(forward));
        when(remotes.find(3L)).thenReturn(Optional.of(NATIONAL));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private ProcessInstance queue() {
        return runtimeService().startProcessInstanceByKey(InstallationDeliveryProcess.PROCESS_ID, "ADU-7K3M-9QXH");
    }

    private static org.camunda.bpm.engine.runtime.Job jobOf(ProcessInstance instance) {
        return extension
                .getProcessEngine()
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private String incidentOf(ProcessInstance instance) {
        return runtimeService()
                .createIncidentQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getIncidentMessage();
    }

    @Test
    void aRefusedKeyEndsTheRetriesAtOnceAndTheIncidentSaysToSaveTheKeyIssuedNow() {
        // given the other installation rotated the key it issued this one
        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "REPORT: Aduan Nasional answered HTTP 401", 401, DeliveryKind.REPORT));
        var instance = queue();

        // when the delivery runs once
        assertThatThrownBy(() -> execute(jobOf(instance))).hasMessageContaining("HTTP 401");

        // then no retries are left, and the incident says what to fix
        assertThat(jobOf(instance).getRetries()).isZero();
        assertThat(incidentOf(instance))
                .contains("ADU-7K3M-9QXH", "refuses the API key", "Save the key it issued", "/staff/integrations");
    }

    @Test
    void anUnknownCategoryOrAnAgencyServedElsewhereThereEndTheRetriesAtOnce() {
        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "REPORT: Aduan Nasional answered HTTP 400: {\"field\":\"report.categoryCode\"}",
                        400,
                        DeliveryKind.REPORT));
        var unknownCategory = queue();
        assertThatThrownBy(() -> execute(jobOf(unknownCategory))).hasMessageContaining("HTTP 400");
        assertThat(incidentOf(unknownCategory)).contains("category, region or agency it does not know");

        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "REPORT: Aduan Nasional answered HTTP 409", 409, DeliveryKind.REPORT));
        var servedElsewhere = queue();
        assertThatThrownBy(() -> execute(jobOf(servedElsewhere))).hasMessageContaining("HTTP 409");
        assertThat(incidentOf(servedElsewhere)).contains("served by another installation");
    }

    @Test
    void anObjectionRefusedForGoodEndsTheRetriesAtOnceAndTheIncidentSaysWhatHappenedAndWhatToDo() {
        // given the report there closed before the reporter's objection arrived
        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "OBJECTION: Aduan Nasional answered HTTP 409", 409, DeliveryKind.OBJECTION, true));
        var instance = queue();

        // when the delivery runs once
        assertThatThrownBy(() -> execute(jobOf(instance))).hasMessageContaining("HTTP 409");

        // then no retries are left, and the incident says what happened and what to do
        assertThat(jobOf(instance).getRetries()).isZero();
        assertThat(incidentOf(instance))
                .contains(
                        "ADU-7K3M-9QXH",
                        "refuses the reporter's objection for good",
                        "closed before the objection came",
                        "reporter-window-grace",
                        "Tell the reporter",
                        "not sent again: Retry only ends this incident");
    }

    @Test
    void anObjectionRefusedForNowIsRetried() {
        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "OBJECTION: Aduan Nasional answered HTTP 409", 409, DeliveryKind.OBJECTION));
        var instance = queue();

        assertThatThrownBy(() -> execute(jobOf(instance))).hasMessageContaining("HTTP 409");

        assertThat(jobOf(instance).getRetries()).isEqualTo(9);
    }

    @Test
    void aConnectionWithoutKeyEndsTheRetriesAtOnceWithoutCalling() {
        when(remotes.find(3L))
                .thenReturn(Optional.of(new RemoteInstallation(3L, "Aduan Nasional", true, null, null, null)));
        var instance = queue();

        assertThatThrownBy(() -> execute(jobOf(instance))).hasMessageContaining("no address or API key saved");

        assertThat(jobOf(instance).getRetries()).isZero();
        assertThat(incidentOf(instance)).contains("Save the API key Aduan Nasional issued this installation");
    }

    @Test
    void anInstallationAwayOrBusyIsRetried() {
        when(outbox.deliverUpTo(anyLong(), anyLong(), any()))
                .thenReturn(new InstallationOutbox.Undelivered(
                        "MESSAGE: Aduan Nasional answered HTTP 429", 429, DeliveryKind.MESSAGE));
        var instance = queue();

        assertThatThrownBy(() -> execute(jobOf(instance))).hasMessageContaining("HTTP 429");

        // the nine waits of the model's retry cycle are all still ahead
        assertThat(jobOf(instance).getRetries()).isEqualTo(9);
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }
}
