package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.SeededHolidays;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ComplaintDeadlinesTest {

    private final ComplaintDeadlines deadlines =
            new ComplaintDeadlines(SeededHolidays.calendar(), DeadlineProperties.defaults());

    /** Routed on Monday 16 March 2026, before Nyepi and Idul Fitri with their cuti bersama. */
    private static final Instant ROUTED = wib("2026-03-16T10:00:00");

    @Test
    void computesAnAgencysDeadlinesHereUntilTheInstallationThatServesItReportsItsOwn() {
        // given
        var computed = clock(null, null);

        // then five working days: 17, 25, 26, 27 and 30 March; fourteen for the completion
        assertThat(deadlines.followUpDue(computed)).isEqualTo(wib("2026-03-30T23:59:59"));
        assertThat(deadlines.completionDue(computed)).isEqualTo(wib("2026-04-13T23:59:59"));

        // when that installation reported them
        var travelled = clock(wib("2026-04-06T23:59:59"), wib("2026-04-20T23:59:59"));

        // then they are the agency's deadlines here
        assertThat(deadlines.followUpDue(travelled)).isEqualTo(wib("2026-04-06T23:59:59"));
        assertThat(deadlines.completionDue(travelled)).isEqualTo(wib("2026-04-20T23:59:59"));
    }

    @Test
    void waitsForTheInstallationsDecisionTwoWorkingDaysAfterTheAgencysDeadline() {
        // computed here: 30 March, then 31 March and 1 April
        assertThat(deadlines.installationDecisionDue(clock(null, null))).isEqualTo(wib("2026-04-01T23:59:59"));
        // reported there: Friday 17 April, then Monday 20 and Tuesday 21 April
        assertThat(deadlines.installationDecisionDue(clock(wib("2026-04-17T23:59:59"), null)))
                .isEqualTo(wib("2026-04-21T23:59:59"));
    }

    private static AssignmentClock clock(Instant travelledFollowUpDue, Instant travelledCompletionDue) {
        return new AssignmentClock(
                ROUTED,
                ROUTED,
                5,
                0,
                0,
                null,
                false,
                14,
                OfficeTimeZone.WIB,
                OfficeTimeZone.WIB,
                travelledFollowUpDue,
                travelledCompletionDue);
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(OfficeTimeZone.WIB.zone())
                .toInstant();
    }
}
