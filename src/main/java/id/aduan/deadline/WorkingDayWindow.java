package id.aduan.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The days off of a stretch of dates, read once from {@link WorkingDayCalendar#window}. */
public record WorkingDayWindow(Set<LocalDate> daysOff) {

    /** The number of working days after the day of {@code from}, up to and including the day of {@code to}. */
    public int workingDaysBetween(Instant from, Instant to, OfficeTimeZone zone) {
        var day = from.atZone(zone.zone()).toLocalDate();
        var last = to.atZone(zone.zone()).toLocalDate();
        var counted = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (WorkingDayCalendar.isWorkingDay(day, daysOff)) {
                counted++;
            }
        }
        return counted;
    }
}
