package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.Actor;
import id.aduan.complaint.AgencyDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ForwardedFollowUps;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.installation.internal.ReceivedEvent;
import id.aduan.installation.internal.ReceivedEventRepository;
import id.aduan.integration.RemoteInstallations;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.ReporterNotices;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

class InstallationEventsTest {

    private static final long INTEGRATION = 3L;
    private static final long COMPLAINT_ID = 7L;
    private static final String TRACKING_ID = "ADU-7K3M-9QXH";
    private static final String AGENCY = "DINKES-MUBA";
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    /** When the agency answered at the other installation: two days before this one heard of it. */
    private static final Instant ANSWERED_THERE = Instant.parse("2026-03-14T03:00:00Z");

    private final InstallationForwardRepository forwards = mock(InstallationForwardRepository.class);
    private final ReceivedEventRepository received = mock(ReceivedEventRepository.class);
    private final RemoteInstallations remotes = mock(RemoteInstallations.class);
    private final ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
    private final ForwardedFollowUps followUps = mock(ForwardedFollowUps.class);
    private final ReporterNotices notices = mock(ReporterNotices.class);
    private final AgencyDeadlines deadlines = mock(AgencyDeadlines.class);
    private final InstallationEvents events = new InstallationEvents(
            remotes,
            forwards,
            received,
            lifecycle,
            followUps,
            notices,
            deadlines,
            new InstallationProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5)),
            new ObjectMapper(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final InstallationForward forward =
            new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID, AGENCY, INTEGRATION, NOW);

    @BeforeEach
    void setUp() {
        when(remotes.find(INTEGRATION))
                .thenReturn(Optional.of(
                        new RemoteInstallation(INTEGRATION, "Aduan Nasional", true, "https://x.example", "k", SECRET)));
        when(forwards.findByIntegrationIdAndReference(INTEGRATION, TRACKING_ID)).thenReturn(Optional.of(forward));
        when(followUps.running(COMPLAINT_ID, AGENCY)).thenReturn(Optional.of("follow-up-1"));
        when(followUps.decided("follow-up-1")).thenReturn(true);
        ReflectionTestUtils.setField(forward, "id", 1L);
    }

    @Test
    void recordsTheAnswerGivenThereAndMovesTheAgencysFollowUpOn() {
        // when
        var taken = events.receive(INTEGRATION, signed("evt_3_9", event("report.followed-up", "Sudah buka."), SECRET));

        // then
        assertThat(taken).isTrue();
        verify(lifecycle).recordFollowUp(COMPLAINT_ID, AGENCY, "Sudah buka.", Actor.SYSTEM, ANSWERED_THERE);
        assertThat(forward.getDecision()).isEqualTo(InstallationDecision.ANSWERED);
        verify(followUps).decided("follow-up-1");
        verify(received).saveAndFlush(any(ReceivedEvent.class));
    }

    @Test
    void asksTheReporterHereAndReturnsForReroutingHere() {
        // when
        events.receive(INTEGRATION, signed("evt_3_1", event("report.information-requested", "Alamat?"), SECRET));

        // then
        verify(lifecycle).requestInformation(COMPLAINT_ID, AGENCY, "Alamat?", Actor.SYSTEM);
        assertThat(forward.getDecision()).isEqualTo(InstallationDecision.INFORMATION_REQUESTED);

        // when
        events.receive(INTEGRATION, signed("evt_3_2", event("report.returned-to-origin", "Wewenang BPJS."), SECRET));

        // then
        verify(lifecycle).returnForRerouting(COMPLAINT_ID, AGENCY, "Wewenang BPJS.", Actor.SYSTEM);
        assertThat(forward.getDecision()).isEqualTo(InstallationDecision.RETURNED);
    }

    @Test
    void dropsARepeatAndLeavesAsideWhatChangesNothingHere() {
        // given
        when(received.existsById(new ReceivedEvent.Key(INTEGRATION, "evt_3_9"))).thenReturn(true);

        // when
        var repeat = events.receive(INTEGRATION, signed("evt_3_9", event("report.followed-up", "Sudah."), SECRET));
        var echo = events.receive(INTEGRATION, signed("evt_3_10", event("report.accepted", "5/5"), SECRET));

        // then
        assertThat(repeat).isFalse();
        assertThat(echo).isTrue();
        verifyNoInteractions(lifecycle);
        assertThat(forward.getDecision()).isNull();
    }

    @Test
    void refusesABadSignatureAndAReportNotForwardedThere() {
        var otherSecret = "whsec_" + Base64.getEncoder().encodeToString("another secret here!".getBytes());
        assertThatThrownBy(() ->
                        events.receive(INTEGRATION, signed("evt_3_1", event("report.followed-up", "x"), otherSecret)))
                .isInstanceOfSatisfying(
                        InstallationEventException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
        assertThatThrownBy(() -> events.receive(4L, signed("evt_3_1", event("report.followed-up", "x"), SECRET)))
                .isInstanceOfSatisfying(
                        InstallationEventException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
        var unknown = "{\"type\":\"report.followed-up\",\"data\":{\"externalReference\":\"ADU-AAAA-BBBB\"}}";
        assertThatThrownBy(() -> events.receive(INTEGRATION, signed("evt_3_1", unknown, SECRET)))
                .isInstanceOfSatisfying(
                        InstallationEventException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        verify(received, never()).saveAndFlush(any());
        verifyNoInteractions(lifecycle);
    }

    @Test
    void refusesWebhooksWhileTheConnectionIsSuspendedHere() {
        // given
        when(remotes.find(INTEGRATION))
                .thenReturn(Optional.of(new RemoteInstallation(
                        INTEGRATION, "Aduan Nasional", false, "https://x.example", "k", SECRET)));

        // then
        assertThatThrownBy(() ->
                        events.receive(INTEGRATION, signed("evt_3_9", event("report.followed-up", "Sudah."), SECRET)))
                .isInstanceOfSatisfying(
                        InstallationEventException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void refusesADecisionTheReportDoesNotWaitForSoThatItIsSentAgain() {
        // given
        when(followUps.decided("follow-up-1")).thenReturn(false);

        // then
        assertThatThrownBy(() ->
                        events.receive(INTEGRATION, signed("evt_3_9", event("report.followed-up", "Sudah."), SECRET)))
                .isInstanceOfSatisfying(
                        InstallationEventException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void takesADecisionThatCameAfterTheAgencysFollowUpEndedAndTellsTheReporter() {
        // given the agency's follow-up here ended (another agency's answer closed the report's round)
        when(followUps.running(COMPLAINT_ID, AGENCY)).thenReturn(Optional.empty());

        // when
        var taken = events.receive(INTEGRATION, signed("evt_3_9", event("report.followed-up", "Sudah buka."), SECRET));

        // then it is taken, on the timeline, and the reporter is told; nothing is correlated
        assertThat(taken).isTrue();
        verify(lifecycle).recordLateDecision(COMPLAINT_ID, AGENCY, TimelineEntryType.FOLLOWED_UP, "Sudah buka.");
        verify(notices).tell(NotificationKind.AGENCY_ANSWER, COMPLAINT_ID, TRACKING_ID, AGENCY);
        verify(lifecycle, never()).recordFollowUp(any(Long.class), any(), any(), any(), any());
        verify(followUps, never()).decided(any());
        verify(received).saveAndFlush(any(ReceivedEvent.class));
    }

    @Test
    void takesAQuestionAboutARoundThatALaterForwardReplaced() {
        // given the agency's report went there again after a return, under a new reference
        var later = new InstallationForward(COMPLAINT_ID, TRACKING_ID, TRACKING_ID + "-2", AGENCY, INTEGRATION, NOW);
        ReflectionTestUtils.setField(later, "id", 2L);
        when(forwards.findByComplaintIdOrderById(COMPLAINT_ID)).thenReturn(List.of(forward, later));

        // when the old round's report asks a question
        var taken = events.receive(
                INTEGRATION, signed("evt_3_4", event("report.information-requested", "Alamat?"), SECRET));

        // then
        assertThat(taken).isTrue();
        verify(lifecycle).recordLateDecision(COMPLAINT_ID, AGENCY, TimelineEntryType.INFORMATION_REQUESTED, "Alamat?");
        verify(notices).tell(NotificationKind.INFORMATION_REQUESTED, COMPLAINT_ID, TRACKING_ID, AGENCY);
        verify(lifecycle, never()).requestInformation(any(Long.class), any(), any(), any());
        assertThat(later.getDecision()).isNull();
    }

    @Test
    void keepsTheAgencysDeadlinesTheInstallationGives() {
        // when the installation routed the report to the agency there, whose deadlines it states
        var taken = events.receive(
                INTEGRATION,
                signed(
                        "evt_3_4",
                        eventAbout(
                                "report.routed",
                                "{\"code\":\"" + AGENCY + "\",\"name\":\"Dinas Kesehatan\","
                                        + "\"followUpDueAt\":\"2026-03-25T16:59:59Z\","
                                        + "\"completionDueAt\":\"2026-04-08T16:59:59Z\"}"),
                        SECRET));

        // then they are kept for the agency's assignment here
        assertThat(taken).isTrue();
        verify(deadlines)
                .travelled(
                        COMPLAINT_ID,
                        AGENCY,
                        Instant.parse("2026-03-25T16:59:59Z"),
                        Instant.parse("2026-04-08T16:59:59Z"));
    }

    @Test
    void ignoresDeadlinesThatAreNoMomentFallBeforeTheForwardOrLieAbsurdlyFarAheadAndTakesTheWebhook() {
        // when
        var garbage = events.receive(
                INTEGRATION,
                signed(
                        "evt_3_5",
                        eventAbout(
                                "report.handling-started",
                                "{\"code\":\"" + AGENCY + "\",\"followUpDueAt\":\"besok\","
                                        + "\"completionDueAt\":12345}"),
                        SECRET));
        var beforeTheForward = events.receive(
                INTEGRATION,
                signed(
                        "evt_3_6",
                        eventAbout(
                                "report.routed",
                                "{\"code\":\"" + AGENCY + "\",\"followUpDueAt\":\"2026-03-15T16:59:59Z\","
                                        + "\"completionDueAt\":\"2099-12-31T16:59:59Z\"}"),
                        SECRET));
        var anotherAgency = events.receive(
                INTEGRATION,
                signed(
                        "evt_3_7",
                        eventAbout(
                                "report.routed",
                                "{\"code\":\"BPJS-KESEHATAN\",\"followUpDueAt\":\"2026-03-25T16:59:59Z\"}"),
                        SECRET));
        var oneOfTwo = events.receive(
                INTEGRATION,
                signed(
                        "evt_3_8",
                        eventAbout(
                                "report.routed",
                                "{\"code\":\"" + AGENCY + "\",\"followUpDueAt\":\"2026-03-25T16:59:59Z\","
                                        + "\"completionDueAt\":\"2026-02-30\"}"),
                        SECRET));

        // then each webhook is taken, and only the one good deadline kept
        assertThat(List.of(garbage, beforeTheForward, anotherAgency, oneOfTwo)).containsOnly(true);
        verify(lifecycle).startHandling(COMPLAINT_ID, AGENCY, Actor.SYSTEM);
        verify(deadlines).travelled(COMPLAINT_ID, AGENCY, Instant.parse("2026-03-25T16:59:59Z"), null);
        verifyNoMoreInteractions(deadlines);
    }

    @Test
    void keepsNoDeadlineOnceTheAgencysFollowUpHereNoLongerWaits() {
        // given the agency's follow-up here ended
        when(followUps.running(COMPLAINT_ID, AGENCY)).thenReturn(Optional.empty());

        // when
        events.receive(
                INTEGRATION,
                signed(
                        "evt_3_11",
                        eventAbout(
                                "report.handling-started",
                                "{\"code\":\"" + AGENCY + "\",\"followUpDueAt\":\"2026-03-25T16:59:59Z\"}"),
                        SECRET));

        // then
        verifyNoInteractions(deadlines);
    }

    private static String eventAbout(String type, String agency) {
        return "{\"type\":\"" + type + "\",\"timestamp\":\"" + ANSWERED_THERE
                + "\",\"data\":{\"trackingId\":\"ADU-NAS1-0001\",\"externalReference\":\"" + TRACKING_ID
                + "\",\"agency\":" + agency + ",\"text\":null}}";
    }

    private static String event(String type, String text) {
        return "{\"type\":\"" + type + "\",\"timestamp\":\"" + ANSWERED_THERE
                + "\",\"data\":{\"trackingId\":\"ADU-NAS1-0001\",\"externalReference\":\"" + TRACKING_ID
                + "\",\"text\":\"" + text + "\"}}";
    }

    private static InstallationEvents.Signed signed(String id, String body, String secret) {
        try {
            var timestamp = Long.toString(NOW.getEpochSecond());
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
            var signature = Base64.getEncoder()
                    .encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return new InstallationEvents.Signed(id, timestamp, "v1," + signature, body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
