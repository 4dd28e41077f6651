package id.aduan.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National holidays and cuti bersama as data. Every change publishes {@link HolidaysChanged} in the same
 * transaction, so that deadlines and open timers move with it or not at all.
 */
@Service
public class HolidayService {

    private static final Logger log = LoggerFactory.getLogger(HolidayService.class);

    private final HolidayRepository holidays;
    private final ApplicationEventPublisher events;

    HolidayService(HolidayRepository holidays, ApplicationEventPublisher events) {
        this.holidays = holidays;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Holiday> list(int year) {
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public Set<LocalDate> daysOffBetween(LocalDate from, LocalDate to) {
        return holidays.findByDateBetweenOrderByDate(from, to).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    @Transactional
    public Holiday create(LocalDate date, String name, HolidayKind kind) {
        if (holidays.existsById(date)) {
            throw new HolidayExistsException(date);
        }
        var holiday = holidays.save(new Holiday(date, name, kind));
        log.info("Holiday added: {} {} ({})", date, name, kind);
        events.publishEvent(new HolidaysChanged(date));
        return holiday;
    }

    /** Renames a holiday, or moves it to {@code newDate} when that differs from {@code date}. */
    @Transactional
    public Holiday update(LocalDate date, LocalDate newDate, String name, HolidayKind kind) {
        var holiday = holidays.findById(date).orElseThrow(() -> new HolidayNotFoundException(date));
        if (newDate.equals(date)) {
            holiday.rename(name, kind);
            log.info("Holiday changed: {} {} ({})", date, name, kind);
            return holiday;
        }
        if (holidays.existsById(newDate)) {
            throw new HolidayExistsException(newDate);
        }
        holidays.delete(holiday);
        holidays.flush();
        var moved = holidays.save(new Holiday(newDate, name, kind));
        log.info("Holiday moved from {} to {}: {} ({})", date, newDate, name, kind);
        events.publishEvent(new HolidaysChanged(date.isBefore(newDate) ? date : newDate));
        return moved;
    }

    @Transactional
    public void delete(LocalDate date) {
        var holiday = holidays.findById(date).orElseThrow(() -> new HolidayNotFoundException(date));
        holidays.delete(holiday);
        log.info("Holiday removed: {} {}", date, holiday.getName());
        events.publishEvent(new HolidaysChanged(date));
    }
}
