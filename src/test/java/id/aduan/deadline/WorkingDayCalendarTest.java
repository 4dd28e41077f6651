package id.aduan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = SeededHolidays.calendar();

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(OfficeTimeZone.WIB.zone())
                .toInstant();
    }

    @Test
    void seedsSeventeenNationalHolidaysAndElevenJointLeaveDaysIn2025AndTwentyFiveDaysIn2026() {
        // given the decrees' counts: 2025 has 17 + 10 + 1 (18 August, added in 2025); 2026 has 17 + 8
        var dates = SeededHolidays.dates();

        // then
        assertThat(dates.stream().filter(date -> date.getYear() == 2025)).hasSize(28);
        assertThat(dates.stream().filter(date -> date.getYear() == 2026)).hasSize(25);
    }

    @Nested
    class Deadline {

        @Test
        void skipsNyepiAndIdulFitriWithTheirJointLeaveInMarch2026() {
            // given a report on Monday 16 March 2026; 17 March is the only working day before 25 March
            var submitted = wib("2026-03-16T09:00");

            // when
            var due = calendar.deadline(submitted, 3, OfficeTimeZone.WIB);

            // then 17, 25 and 26 March count: the deadline is the end of Thursday 26 March in WIB
            assertThat(due).isEqualTo(wib("2026-03-26T23:59:59"));
        }

        @Test
        void countsFromTheNextWorkingDayWhenSubmittedOnAWeekend() {
            // given Saturday 7 November 2026
            var submitted = wib("2026-11-07T10:00");

            // when
            var due = calendar.deadline(submitted, 1, OfficeTimeZone.WIB);

            // then
            assertThat(due).isEqualTo(wib("2026-11-09T23:59:59"));
        }

        @Test
        void endsAtMidnightOfTheAgencysOwnTimeZone() {
            // given the same moment for agencies in WIB, WITA and WIT
            var submitted = wib("2026-11-09T10:00");

            // then each deadline ends at 23:59:59 local time, an hour apart
            assertThat(calendar.deadline(submitted, 5, OfficeTimeZone.WIB))
                    .isEqualTo(Instant.parse("2026-11-16T16:59:59Z"));
            assertThat(calendar.deadline(submitted, 5, OfficeTimeZone.WITA))
                    .isEqualTo(Instant.parse("2026-11-16T15:59:59Z"));
            assertThat(calendar.deadline(submitted, 5, OfficeTimeZone.WIT))
                    .isEqualTo(Instant.parse("2026-11-16T14:59:59Z"));
        }

        @Test
        void usesTheLocalDateOfTheAgencyForALateEveningSubmission() {
            // given 23:30 WIB on Monday, which is already Tuesday in WIT
            var submitted = wib("2026-11-09T23:30");

            // then the WIT agency counts from Tuesday
            assertThat(calendar.deadline(submitted, 1, OfficeTimeZone.WIB)).isEqualTo(wib("2026-11-10T23:59:59"));
            assertThat(calendar.deadline(submitted, 1, OfficeTimeZone.WIT))
                    .isEqualTo(LocalDateTime.parse("2026-11-11T23:59:59")
                            .atZone(OfficeTimeZone.WIT.zone())
                            .toInstant());
        }

        @Test
        void reachesSixtyWorkingDaysAcrossTheChristmasAndNewYearHolidays() {
            // given routing on Monday 2 November 2026; 24 and 25 December are days off, 2027 has no holidays recorded
            var routed = wib("2026-11-02T08:00");

            // when
            var due = calendar.deadline(routed, 60, OfficeTimeZone.WIB);

            // then 20 working days remain in November, 21 in December, and 19 in January 2027 (where 1 January
            // counts, as no holidays of 2027 are recorded yet)
            assertThat(due).isEqualTo(wib("2027-01-27T23:59:59"));
        }
    }

    @Nested
    class WorkingDaysBetween {

        @Test
        void countsTheWorkingDaysAfterTheFirstDayUpToTheSecond() {
            assertThat(calendar.workingDaysBetween(
                            wib("2026-03-17T10:00"), wib("2026-03-26T10:00"), OfficeTimeZone.WIB))
                    .isEqualTo(2);
        }

        @Test
        void isZeroOnTheSameDay() {
            assertThat(calendar.workingDaysBetween(
                            wib("2026-03-17T08:00"), wib("2026-03-17T17:00"), OfficeTimeZone.WIB))
                    .isZero();
        }
    }

    @Test
    void knowsWeekendsAndHolidaysAreNoWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 19))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
    }
}
