package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.AttachmentContent;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.StaffAttachments;
import id.aduan.installation.internal.InstallationDelivery;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationDeliveryRepository;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.StaffNotices;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

class InstallationOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final RemoteInstallation NATIONAL =
            new RemoteInstallation(3L, "Aduan Nasional", true, "https://lapor.example", "key", "whsec_x");
    private static final String REPORT = "/api/partner/v1/reports/ADU-NAS1-0001";

    private final InstallationDeliveryRepository deliveries = mock(InstallationDeliveryRepository.class);
    private final InstallationForwardRepository forwards = mock(InstallationForwardRepository.class);
    private final InstallationClient client = mock(InstallationClient.class);
    private final ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
    private final StaffAttachments attachments = mock(StaffAttachments.class);
    private final StaffNotices notices = mock(StaffNotices.class);
    private final InstallationOutbox outbox = new InstallationOutbox(
            deliveries,
            forwards,
            client,
            lifecycle,
            attachments,
            notices,
            new ObjectMapper(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final InstallationForward forward =
            new InstallationForward(7L, "ADU-7K3M-9QXH", "ADU-7K3M-9QXH", "DINKES-MUBA", 3L, NOW);

    @BeforeEach
    void setUp() {
        when(forwards.findById(anyLong())).thenReturn(Optional.of(forward));
    }

    @Test
    void recordsTheTrackingIdTheReportGotThereOnceThoughItIsSentAgain() {
        // given
        var report = delivery(DeliveryKind.REPORT, "{\"externalReference\":\"ADU-7K3M-9QXH\"}");
        when(client.post(NATIONAL, InstallationClient.REPORTS, report.getPayload()))
                .thenReturn(new InstallationClient.Outcome(201, "{\"trackingId\":\"ADU-NAS1-0001\"}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error).isNull();
        assertThat(forward.getRemoteTrackingId()).isEqualTo("ADU-NAS1-0001");
        assertThat(report.getDeliveredAt()).isEqualTo(NOW);
        verify(lifecycle).recordForwarding(7L, "DINKES-MUBA", "Aduan Nasional", "ADU-NAS1-0001");
    }

    @Test
    void sendsTheReportWithTheFilesTheAgencysStaffSeeReadAtDelivery() {
        // given a report whose agency's staff see a photo of it here
        var report = delivery(DeliveryKind.REPORT, "{\"externalReference\":\"ADU-7K3M-9QXH\"}");
        var photo = new AttachmentContent("ADU-7K3M-9QXH-lampiran-1.png", "image/png", new byte[] {1, 2, 3});
        when(attachments.forAgency(7L, "DINKES-MUBA")).thenReturn(List.of(photo));
        var sent = ArgumentCaptor.forClass(FilingWithFiles.class);
        when(client.post(eq(NATIONAL), eq(InstallationClient.REPORTS), sent.capture()))
                .thenReturn(new InstallationClient.Outcome(201, "{\"trackingId\":\"ADU-NAS1-0001\"}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then the report went once, with the photo, and its delivery keeps the filing's JSON alone
        assertThat(error).isNull();
        assertThat(forward.getRemoteTrackingId()).isEqualTo("ADU-NAS1-0001");
        verify(client, never()).post(any(), anyString(), anyString());
        var parts = FilingWithFilesTest.parts(sent.getValue());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).text()).isEqualTo(report.getPayload());
        assertThat(parts.get(1).fileName()).isEqualTo("ADU-7K3M-9QXH-lampiran-1.png");
        assertThat(parts.get(1).content()).containsExactly(1, 2, 3);
        assertThat(report.getPayload()).isEqualTo("{\"externalReference\":\"ADU-7K3M-9QXH\"}");
    }

    @Test
    void sendsTheReportWithoutItsFilesWhenTheOtherSideRefusesThemAsTooLarge() {
        // given the other side (or a proxy before it) takes no request as large as the report with its photo
        var report = delivery(DeliveryKind.REPORT, "{\"externalReference\":\"ADU-7K3M-9QXH\"}");
        when(attachments.forAgency(7L, "DINKES-MUBA"))
                .thenReturn(List.of(
                        new AttachmentContent("ADU-7K3M-9QXH-lampiran-1.png", "image/png", new byte[] {1, 2, 3})));
        when(client.post(eq(NATIONAL), eq(InstallationClient.REPORTS), any(FilingWithFiles.class)))
                .thenReturn(new InstallationClient.Outcome(413, "{}", "Aduan Nasional answered HTTP 413"));
        when(client.post(NATIONAL, InstallationClient.REPORTS, report.getPayload()))
                .thenReturn(new InstallationClient.Outcome(201, "{\"trackingId\":\"ADU-NAS1-0001\"}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then the report reached it without the photo
        assertThat(error).isNull();
        assertThat(forward.getRemoteTrackingId()).isEqualTo("ADU-NAS1-0001");
        assertThat(report.getDeliveredAt()).isEqualTo(NOW);
    }

    @Test
    void countsAnAcceptanceTheOtherSideTookBeforeAsDelivered() {
        // given the other side refuses the acceptance again: its report shows it accepted
        forward.forwarded("ADU-NAS1-0001", NOW);
        var acceptance = delivery(DeliveryKind.ACCEPTANCE, "{\"rating\":5,\"comment\":null}");
        when(client.post(NATIONAL, REPORT + "/acceptance", acceptance.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(409, "{}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(
                        200,
                        "{\"status\":\"COMPLETED\",\"timeline\":[{\"type\":\"ACCEPTED\",\"text\":\"5/5\"}]}",
                        null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error).isNull();
        assertThat(acceptance.getDeliveredAt()).isEqualTo(NOW);
    }

    @Test
    void keepsAnObjectionTheOtherSideRefusesAndHasNotTakenForTheNextAttempt() {
        // given
        forward.forwarded("ADU-NAS1-0001", NOW);
        var objection = delivery(DeliveryKind.OBJECTION, "{\"reason\":\"Masih tutup.\"}");
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"closed\"}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(
                        200, "{\"timeline\":[{\"type\":\"OBJECTED\",\"text\":\"Belum buka.\"}]}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error.error()).contains("OBJECTION", "HTTP 409", "closed");
        assertThat(error.refusedForGood()).isFalse();
        assertThat(objection.getDeliveredAt()).isNull();
        assertThat(objection.getRefusedAt()).isNull();
        assertThat(objection.getAttempts()).isEqualTo(1);
        assertThat(objection.getLastError()).contains("HTTP 409");
        verify(lifecycle, never()).recordObjectionNotDelivered(anyLong(), anyString(), anyString());
    }

    @Test
    void recordsAnObjectionTheOtherSideRefusesForGoodOnceWritesItOnTheTimelineAndTellsTheNationalAdministrators() {
        // given the report there completed before the objection arrived
        forward.forwarded("ADU-NAS1-0001", NOW);
        var objection = delivery(
                DeliveryKind.OBJECTION, "{\"reason\":\"Masih tutup.\",\"objectedAt\":\"2026-03-13T02:00:00Z\"}");
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"report is completed\"}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(
                        200, "{\"status\":\"COMPLETED\",\"timeline\":[{\"type\":\"COMPLETED\"}]}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error.refusedForGood()).isTrue();
        assertThat(objection.getRefusedAt()).isEqualTo(NOW);
        assertThat(objection.getDeliveredAt()).isNull();
        verify(lifecycle)
                .recordObjectionNotDelivered(
                        eq(7L), eq("DINKES-MUBA"), contains("Aduan Nasional (ADU-NAS1-0001) menolak sanggahan"));
        verify(notices)
                .tell(
                        eq(NotificationKind.OBJECTION_NOT_DELIVERED),
                        eq(7L),
                        eq("ADU-7K3M-9QXH"),
                        eq(java.util.Map.of(
                                "installationName",
                                "Aduan Nasional",
                                "reason",
                                "Aduan Nasional (ADU-NAS1-0001) menolak sanggahan pelapor (disampaikan di sini"
                                        + " 2026-03-13T02:00:00Z): laporan di sana sudah selesai sebelum sanggahan"
                                        + " tiba, karena salah satu instalasi tidak dapat dihubungi lebih lama dari"
                                        + " masa tenggang jendela pelapor. Sanggahan tidak dikirim lagi.")));
    }

    @Test
    void countsAnObjectionRefusedAsMadeAfterTheWindowThereAsRefusedForGood() {
        // given the other side names objectedAt: resending cannot change it
        forward.forwarded("ADU-NAS1-0001", NOW);
        var objection = delivery(
                DeliveryKind.OBJECTION, "{\"reason\":\"Masih tutup.\",\"objectedAt\":\"2026-04-20T02:00:00Z\"}");
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409,
                        "{\"errors\":[{\"field\":\"objectedAt\",\"message\":\"is after the window\"}]}",
                        "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(200, "{\"status\":\"FOLLOWED_UP\",\"timeline\":[]}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error.refusedForGood()).isTrue();
        assertThat(objection.getRefusedAt()).isEqualTo(NOW);
        verify(lifecycle).recordObjectionNotDelivered(eq(7L), eq("DINKES-MUBA"), contains("masa tenggang"));
    }

    @Test
    void countsTheWindowsCloseAsDeliveredToAnInstallationThatDoesNotKnowTheCall() {
        // given an older Aduan there, which closes its report by its own timer
        forward.forwarded("ADU-NAS1-0001", NOW);
        var closed = delivery(DeliveryKind.WINDOW_CLOSED, "{\"closedAt\":\"2026-03-16T03:00:00Z\"}");
        when(client.post(NATIONAL, REPORT + "/window-closed", closed.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(404, "{}", "Aduan Nasional answered HTTP 404"));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error).isNull();
        assertThat(closed.getDeliveredAt()).isEqualTo(NOW);
    }

    @Test
    void sendsAMessageUnderAKeyOfItsOwnSoThatTheOtherSideTakesItOnceHoweverOftenItIsSent() {
        // given
        forward.forwarded("ADU-NAS1-0001", NOW);
        var message = delivery(DeliveryKind.MESSAGE, "{\"message\":\"Di depan SD.\"}");
        when(client.post(
                        eq(NATIONAL),
                        eq(REPORT + "/messages"),
                        eq(message.getPayload()),
                        startsWith("aduan-delivery-")))
                .thenReturn(new InstallationClient.Outcome(200, "{}", null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error).isNull();
        assertThat(message.getDeliveredAt()).isEqualTo(NOW);
    }

    @Test
    void sendsNoActionBeforeTheReportReachedTheOtherSide() {
        // given
        var message = delivery(DeliveryKind.MESSAGE, "{\"message\":\"Di depan SD.\"}");

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then
        assertThat(error.error()).contains("has not reached Aduan Nasional");
        verify(client, never()).post(any(), anyString(), anyString());
        verify(client, never()).post(any(), anyString(), anyString(), any());
        assertThat(message.getDeliveredAt()).isNull();
    }

    @Test
    void takesNoObjectionOfAnEarlierRoundInTheSameWordsForThisOne() {
        // given the reporter objected in the same words in the round before, and the report there has closed since
        forward.forwarded("ADU-NAS1-0001", NOW);
        var objection = delivery(DeliveryKind.OBJECTION, "{\"reason\":\"Belum buka.\"}");
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"closed\"}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(
                        200,
                        "{\"status\":\"COMPLETED\",\"timeline\":[{\"type\":\"FOLLOWED_UP\"},"
                                + "{\"type\":\"OBJECTED\",\"text\":\"Belum buka.\"},{\"type\":\"FOLLOWED_UP\"},"
                                + "{\"type\":\"COMPLETED\"}]}",
                        null));

        // when
        var error = outbox.deliverUpTo(1L, 1L, NATIONAL);

        // then it is not counted as taken: it is refused for good, with staff told
        assertThat(objection.getDeliveredAt()).isNull();
        assertThat(objection.getRefusedAt()).isEqualTo(NOW);
        assertThat(error.refusedForGood()).isTrue();
        verify(lifecycle).recordObjectionNotDelivered(eq(7L), eq("DINKES-MUBA"), anyString());
    }

    @Test
    void sendsTheCallsAfterAnObjectionRefusedForGoodAndFailsOnlyTheJobOfThatObjection() {
        // given an objection the report there (completed) refuses, then a message, whose job runs first
        forward.forwarded("ADU-NAS1-0001", NOW);
        var objection = delivery(10L, DeliveryKind.OBJECTION, "{\"reason\":\"Masih tutup.\"}");
        var message = delivery(11L, DeliveryKind.MESSAGE, "{\"message\":\"Di depan SD.\"}");
        when(deliveries.lockUndelivered(1L, 11L)).thenReturn(List.of(objection, message));
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"closed\"}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(new InstallationClient.Outcome(200, "{\"status\":\"COMPLETED\",\"timeline\":[]}", null));
        when(client.post(NATIONAL, REPORT + "/messages", message.getPayload(), "aduan-delivery-11"))
                .thenReturn(new InstallationClient.Outcome(200, "{}", null));

        // when
        var error = outbox.deliverUpTo(1L, 11L, NATIONAL);

        // then the objection is refused and staff told, and the message behind it goes on: this job succeeds
        assertThat(error).isNull();
        assertThat(objection.getRefusedAt()).isEqualTo(NOW);
        assertThat(message.getDeliveredAt()).isEqualTo(NOW);
        verify(lifecycle).recordObjectionNotDelivered(eq(7L), eq("DINKES-MUBA"), anyString());
    }

    @Test
    void leavesAMessageToAReportClosedThereAndAnObjectionToAReportReturnedThereWithoutAlarm() {
        // given a message the completed report there refuses, then an objection the same report refuses once returned
        forward.forwarded("ADU-NAS1-0001", NOW);
        var message = delivery(10L, DeliveryKind.MESSAGE, "{\"message\":\"Di depan SD.\"}");
        var objection = delivery(11L, DeliveryKind.OBJECTION, "{\"reason\":\"Masih tutup.\"}");
        when(deliveries.lockUndelivered(1L, 11L)).thenReturn(List.of(message, objection));
        when(client.post(NATIONAL, REPORT + "/messages", message.getPayload(), "aduan-delivery-10"))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"closed\"}", "Aduan Nasional answered HTTP 409"));
        when(client.post(NATIONAL, REPORT + "/objection", objection.getPayload(), null))
                .thenReturn(new InstallationClient.Outcome(
                        409, "{\"detail\":\"archived\"}", "Aduan Nasional answered HTTP 409"));
        when(client.get(NATIONAL, REPORT))
                .thenReturn(
                        new InstallationClient.Outcome(200, "{\"status\":\"COMPLETED\",\"timeline\":[]}", null),
                        new InstallationClient.Outcome(200, "{\"status\":\"ARCHIVED\",\"timeline\":[]}", null));

        // when
        var error = outbox.deliverUpTo(1L, 11L, NATIONAL);

        // then both are refused, never sent again, and nobody is alarmed
        assertThat(error).isNull();
        assertThat(message.getRefusedAt()).isEqualTo(NOW);
        assertThat(objection.getRefusedAt()).isEqualTo(NOW);
        verify(lifecycle, never()).recordObjectionNotDelivered(anyLong(), anyString(), anyString());
        verifyNoInteractions(notices);
    }

    private InstallationDelivery delivery(DeliveryKind kind, String payload) {
        var delivery = delivery(1L, kind, payload);
        when(deliveries.lockUndelivered(1L, 1L)).thenReturn(List.of(delivery));
        return delivery;
    }

    private static InstallationDelivery delivery(long id, DeliveryKind kind, String payload) {
        var delivery = new InstallationDelivery(1L, kind, payload, NOW);
        ReflectionTestUtils.setField(delivery, "id", id);
        return delivery;
    }
}
