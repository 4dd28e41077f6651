package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aduan.complaint.AgencyDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ForwardedReport;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.TimelineEntryAdded;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.integration.RemoteInstallations;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class InstallationForwardingTest {

    private static final long COMPLAINT_ID = 7L;
    private static final String TRACKING_ID = "ADU-7K3M-9QXH";
    private static final String AGENCY = "DINKES-MUBA";
    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");

    private final InstallationForwardRepository forwards = mock(InstallationForwardRepository.class);
    private final InstallationDeliveries deliveries = mock(InstallationDeliveries.class);
    private final RemoteInstallations remotes = mock(RemoteInstallations.class);
    private final ComplaintSummaries summaries = mock(ComplaintSummaries.class);
    private final ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
    private final AgencyDeadlines agencyDeadlines = mock(AgencyDeadlines.class);
    private final InstallationForwarding forwarding = new InstallationForwarding(
            forwards, deliveries, remotes, summaries, lifecycle, agencyDeadlines, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        when(remotes.servingAgency(AGENCY))
                .thenReturn(Optional.of(new RemoteInstallation(
                        3L, "Aduan Nasional", true, "https://lapor.example", "key", "whsec_secret")));
        when(summaries.forwarded(COMPLAINT_ID))
                .thenReturn(new ForwardedReport(
                        TRACKING_ID,
                        ReportType.COMPLAINT,
                        "Puskesmas tutup",
                        "Puskesmas di Sekayu tutup.",
                        "HEALTH_FACILITY",
                        "16.06",
                        null,
                        true,
                        true,
                        4,
                        "Terima kasih – cepat sekali."));
        when(forwards.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void forwardsTheReportWithItsAgencyAndFlagsButNothingOfTheReporterOnce() {
        // given
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of());

        // when
        forwarding.forward(COMPLAINT_ID, AGENCY);

        // then
        var body = ArgumentCaptor.forClass(Object.class);
        verify(deliveries).queue(any(InstallationForward.class), eq(DeliveryKind.REPORT), body.capture());
        var filing = (InstallationForwarding.Filing) body.getValue();
        assertThat(filing.externalReference()).isEqualTo(TRACKING_ID);
        assertThat(filing.agencyCode()).isEqualTo(AGENCY);
        assertThat(filing.report().anonymous()).isTrue();
        assertThat(filing.report().confidential()).isTrue();
        assertThat(InstallationForwarding.Filing.Report.class.getRecordComponents())
                .extracting(component -> component.getName())
                .doesNotContain("reporter");
    }

    @Test
    void sendsAReportForwardedBeforeNoMoreWhenItsFollowUpStartsAgain() {
        // given
        var earlier = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, 3L, NOW);
        earlier.forwarded("ADU-NAS1-0001", NOW);
        earlier.decided(InstallationDecision.ANSWERED);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(earlier));

        // when
        forwarding.forward(COMPLAINT_ID, AGENCY);

        // then it waits for the next decision
        verify(deliveries, never()).queue(any(), any(), any());
        assertThat(earlier.getDecision()).isNull();
    }

    @Test
    void forwardsTheReportForASecondAgencyOfTheSameInstallationUnderAReferenceOfItsOwn() {
        // given the report went to another agency of the same installation, which has not decided yet
        var first = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, "BPJS-KESEHATAN", 3L, NOW);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(first));

        // when
        forwarding.forward(COMPLAINT_ID, AGENCY);

        // then
        var forward = ArgumentCaptor.forClass(InstallationForward.class);
        var body = ArgumentCaptor.forClass(Object.class);
        verify(deliveries).queue(forward.capture(), eq(DeliveryKind.REPORT), body.capture());
        var filing = (InstallationForwarding.Filing) body.getValue();
        assertThat(filing.externalReference()).isEqualTo(TRACKING_ID + "-2");
        assertThat(filing.agencyCode()).isEqualTo(AGENCY);
        assertThat(forward.getValue().getReference()).isEqualTo(TRACKING_ID + "-2");
        assertThat(forward.getValue().getAgencyCode()).isEqualTo(AGENCY);
        assertThat(first.getAgencyCode()).isEqualTo("BPJS-KESEHATAN");
    }

    @Test
    void forwardsAReportRoutedThereAgainAfterItWasReturnedAsANewRound() {
        // given the installation returned the report for this agency ("not our authority")
        var returned = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, 3L, NOW);
        returned.forwarded("ADU-NAS1-0001", NOW);
        returned.decided(InstallationDecision.RETURNED);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(returned));

        // when it is routed there again
        forwarding.forward(COMPLAINT_ID, AGENCY);

        // then it goes again under a new reference, and the new round is the agency's current one
        var forward = ArgumentCaptor.forClass(InstallationForward.class);
        var body = ArgumentCaptor.forClass(Object.class);
        verify(deliveries).queue(forward.capture(), eq(DeliveryKind.REPORT), body.capture());
        assertThat(((InstallationForwarding.Filing) body.getValue()).externalReference())
                .isEqualTo(TRACKING_ID + "-2");
        assertThat(InstallationForwarding.current(List.of(returned, forward.getValue()), AGENCY))
                .contains(forward.getValue());
        assertThat(returned.getDecision()).isEqualTo(InstallationDecision.RETURNED);
    }

    @Test
    void passesTheReportersActionsToEveryInstallationThatHasNotReturnedTheReport() {
        // given one installation asked the reporter a question, another returned the report
        var asking = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, 3L, NOW);
        asking.decided(InstallationDecision.INFORMATION_REQUESTED);
        var returned = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, "BPJS-KESEHATAN", 4L, NOW);
        returned.decided(InstallationDecision.RETURNED);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(asking, returned));

        // when the reporter answers, then accepts
        forwarding.reporterActed(entry(TimelineEntryType.REPORTER_MESSAGE, "Di depan SD Negeri 2."));
        forwarding.reporterActed(entry(TimelineEntryType.ACCEPTED, "4/5 – Terima kasih – cepat sekali."));
        forwarding.reporterActed(entry(TimelineEntryType.ROUTED, null));

        // then the asking one gets both, its agency's clock runs again here, and the other one gets nothing
        verify(deliveries)
                .queue(asking, DeliveryKind.MESSAGE, new InstallationForwarding.Message("Di depan SD Negeri 2."));
        verify(deliveries)
                .queue(
                        asking,
                        DeliveryKind.ACCEPTANCE,
                        new InstallationForwarding.Acceptance(4, "Terima kasih – cepat sekali.", NOW));
        verify(deliveries, never()).queue(eq(returned), any(), any());
        verify(lifecycle).resumeFollowUp(COMPLAINT_ID, AGENCY, true);
        verify(agencyDeadlines).rescheduleWait(COMPLAINT_ID, AGENCY);
    }

    @Test
    void sendsTheReportersObjectionWithWhenTheyObjectedHere() {
        // given
        var forward = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, 3L, NOW);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(forward));

        // when
        forwarding.reporterActed(entry(TimelineEntryType.OBJECTED, "Jalan masih berlubang."));

        // then the other side can take it after its window if it was made within it
        verify(deliveries)
                .queue(
                        forward,
                        DeliveryKind.OBJECTION,
                        new InstallationForwarding.Objection("Jalan masih berlubang.", NOW));
    }

    @Test
    void tellsTheInstallationWhenTheReportersWindowClosedHereWithoutAnswer() {
        // given
        var forward = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, 3L, NOW);
        forward.decided(InstallationDecision.ANSWERED);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(forward));

        // when
        forwarding.reporterActed(entry(TimelineEntryType.CLOSED_WITHOUT_ANSWER, null));

        // then it closes its report too, without waiting for a late objection
        verify(deliveries).queue(forward, DeliveryKind.WINDOW_CLOSED, new InstallationForwarding.WindowClosed(NOW));
    }

    private static TimelineEntryAdded entry(TimelineEntryType type, String text) {
        return new TimelineEntryAdded(1L, COMPLAINT_ID, TRACKING_ID, null, null, type, NOW, null, text);
    }
}
