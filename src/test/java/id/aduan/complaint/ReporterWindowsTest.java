package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.complaint.internal.Complaint;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.SeededHolidays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The reporter's acceptance or objection against their window: the window of a report answered on Thursday 26 March
 * 2026 ends on 10 April at midnight WIB (Good Friday, 3 April, is off); a forwarded report's grace (30 days) on 10 May.
 */
class ReporterWindowsTest {

    private static final Instant WINDOW_ENDS = wib("2026-04-10T23:59:59");
    private static final Instant GRACE_ENDS = wib("2026-05-10T23:59:59");

    private final ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
    private final Complaint complaint = mock(Complaint.class);

    ReporterWindowsTest() {
        when(complaint.getId()).thenReturn(7L);
        when(complaint.getTrackingId()).thenReturn("ADU-7K3M-9QXH");
        when(lifecycle.clock(7L))
                .thenReturn(new ComplaintClock(null, null, wib("2026-03-26T10:00"), OfficeTimeZone.WIB));
    }

    private ReporterWindows at(String localDateTime) {
        return new ReporterWindows(
                lifecycle,
                new ComplaintDeadlines(SeededHolidays.calendar(), DeadlineProperties.defaults()),
                ForwardedReportProperties.defaults(),
                Clock.fixed(wib(localDateTime), ZoneOffset.UTC));
    }

    @Nested
    class AReportAnotherInstallationForwarded {

        AReportAnotherInstallationForwarded() {
            when(complaint.isForwarded()).thenReturn(true);
        }

        @Test
        void takesAnObjectionMadeBeforeTheGraceEndedAfterTheWindowClosed() {
            assertThatCode(() -> at("2026-04-12T09:00").checkInTime(complaint, wib("2026-04-10T20:00"), "objectedAt"))
                    .doesNotThrowAnyException();
            // the window there opened later: another of the report's agencies there answered after this one
            assertThatCode(() -> at("2026-04-30T09:00").checkInTime(complaint, wib("2026-04-29T20:00"), "objectedAt"))
                    .doesNotThrowAnyException();
            assertThatCode(() -> at("2026-05-11T09:00").checkInTime(complaint, GRACE_ENDS, "acceptedAt"))
                    .doesNotThrowAnyException();
        }

        @Test
        void refusesAnObjectionMadeAfterTheGraceNamingTheField() {
            assertThatThrownBy(() ->
                            at("2026-05-12T09:00").checkInTime(complaint, GRACE_ENDS.plusSeconds(1), "objectedAt"))
                    .isInstanceOfSatisfying(ComplaintStateException.class, refused -> {
                        org.assertj.core.api.Assertions.assertThat(refused.getStatusCode())
                                .isEqualTo(HttpStatus.CONFLICT);
                        org.assertj.core.api.Assertions.assertThat(
                                        refused.getBody().getProperties().get("errors"))
                                .asString()
                                .contains("objectedAt", "ADU-7K3M-9QXH");
                    });
        }

        @Test
        void refusesAnActionThatDoesNotSayWhenOnlyAfterTheGrace() {
            assertThatCode(() -> at("2026-05-10T20:00").checkInTime(complaint, null, "objectedAt"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> at("2026-05-11T00:00").checkInTime(complaint, null, "acceptedAt"))
                    .isInstanceOf(ComplaintStateException.class)
                    .hasMessageContaining("acceptedAt");
        }
    }

    @Nested
    class AnyOtherReport {

        @Test
        void keepsTakingWhatTheProcessStillWaitsForWithoutAMoment() {
            assertThatCode(() -> at("2026-04-11T00:00").checkInTime(complaint, null, "objectedAt"))
                    .doesNotThrowAnyException();
        }

        @Test
        void refusesAMomentAfterTheWindowAsForAForwardedReport() {
            assertThatThrownBy(
                            () -> at("2026-04-10T12:00").checkInTime(complaint, wib("2026-04-11T08:00"), "objectedAt"))
                    .isInstanceOf(ComplaintStateException.class);
        }
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toInstant();
    }
}
