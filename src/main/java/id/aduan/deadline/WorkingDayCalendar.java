package id.aduan.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts working days: Monday to Friday, minus the holidays recorded in {@link HolidayService}. A
 * deadline of N working days from a moment ends at midnight, in the body's own time zone, of the N-th
 * working day after the day of that moment.
 */
@Component
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final HolidayService holidays;
    private final Map<Integer, Boolean> yearsWithHolidays = new ConcurrentHashMap<>();

    public WorkingDayCalendar(HolidayService holidays) {
        this.holidays = holidays;
    }

    /** The end of the {@code workingDays}-th working day after the day of {@code start}. */
    public Instant deadline(Instant start, int workingDays, OfficeTimeZone zone) {
        var day = start.atZone(zone.zone()).toLocalDate();
        var counted = 0;
        var window = new DaysOff(day, workingDays);
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, window.covering(day))) {
                counted++;
            }
        }
        return endOf(day, zone);
    }

    /**
     * The end of the working day {@code workingDays} working days before the day of {@code deadline}: the
     * moment to remind someone who then has that many working days left.
     */
    public Instant workingDaysBefore(Instant deadline, int workingDays, OfficeTimeZone zone) {
        var day = deadline.atZone(zone.zone()).toLocalDate();
        var off = daysOff(day.minusDays(workingDays * 2L + 30), day);
        var counted = 0;
        while (counted < workingDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day, off)) {
                counted++;
            }
        }
        return endOf(day, zone);
    }

    /** The number of working days after the day of {@code from}, up to and including the day of {@code to}. */
    public int workingDaysBetween(Instant from, Instant to, OfficeTimeZone zone) {
        return window(
                        from.atZone(zone.zone()).toLocalDate(),
                        to.atZone(zone.zone()).toLocalDate())
                .workingDaysBetween(from, to, zone);
    }

    /**
     * The days off from {@code from} to {@code to}, read once, for counting the working days of many spans inside
     * those dates (spans reaching outside them count the days outside as working days unless they are weekends).
     */
    public WorkingDayWindow window(LocalDate from, LocalDate to) {
        return new WorkingDayWindow(to.isAfter(from) ? daysOff(from, to) : Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, daysOff(day, day));
    }

    /** The last second of {@code day} in {@code zone}. */
    public static Instant endOf(LocalDate day, OfficeTimeZone zone) {
        return day.plusDays(1).atStartOfDay(zone.zone()).minusSeconds(1).toInstant();
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> daysOff) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(day);
    }

    private Set<LocalDate> daysOff(LocalDate from, LocalDate to) {
        for (var year = from.getYear(); year <= to.getYear(); year++) {
            warnOnceIfYearHasNoHolidays(year);
        }
        return holidays.daysOffBetween(from, to);
    }

    private void warnOnceIfYearHasNoHolidays(int year) {
        yearsWithHolidays.computeIfAbsent(year, this::hasHolidays);
    }

    private boolean hasHolidays(int year) {
        var recorded = !holidays.list(year).isEmpty();
        if (!recorded) {
            log.warn(
                    "No holidays are recorded for {}: deadlines in {} count every Monday to Friday as a working day."
                            + " Add that year's national holidays and cuti bersama with POST /api/holidays.",
                    year,
                    year);
        }
        return recorded;
    }

    @EventListener
    void forgetCheckedYears(HolidaysChanged changed) {
        yearsWithHolidays.clear();
    }

    /** The days off of a stretch of calendar, fetched again further ahead when a count runs past it. */
    private final class DaysOff {

        private LocalDate until;
        private Set<LocalDate> days;

        DaysOff(LocalDate from, int workingDays) {
            this.until = from.plusDays(workingDays * 2L + 30);
            this.days = daysOff(from, until);
        }

        Set<LocalDate> covering(LocalDate day) {
            if (day.isAfter(until)) {
                var from = until.plusDays(1);
                until = from.plusDays(60);
                days = daysOff(from, until);
            }
            return days;
        }
    }
}
