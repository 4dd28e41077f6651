package id.aduan.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * National holidays and cuti bersama as data. Every change publishes {@link HolidaysChanged} in the same
 * transaction, so that deadlines and open timers move with it or not at all.
 *
 * <p>The days off of each year are read once and kept in memory, because every deadline counts them. A change
 * made on this node is seen by the changing transaction at once (it reads the table) and by every other one
 * from its commit on; another node keeps what it read for at most {@link #DAYS_OFF_KEPT}, so that a deadline
 * computed there in that time may not yet know a holiday added or removed here (the open timers themselves are
 * moved by the changing transaction).
 */
@Service
public class HolidayService {

    private static final Logger log = LoggerFactory.getLogger(HolidayService.class);

    /** How long a year's days off are kept before they are read again, so that changes on other nodes arrive. */
    static final Duration DAYS_OFF_KEPT = Duration.ofMinutes(1);

    /** Bound to a transaction that changes holidays, which then reads them from the table, not the cache. */
    private final Object changing = new Object();

    private final HolidayRepository holidays;
    private final ApplicationEventPublisher events;
    private final Map<Integer, DaysOffOfYear> daysOff = new HashMap<>();
    private long generation;

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
        if (TransactionSynchronizationManager.hasResource(changing)) {
            return read(from, to);
        }
        var days = new HashSet<LocalDate>();
        for (var year = from.getYear(); year <= to.getYear(); year++) {
            for (var day : daysOff(year)) {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private Set<LocalDate> daysOff(int year) {
        long seen;
        synchronized (daysOff) {
            var kept = daysOff.get(year);
            if (kept != null && kept.isFresh()) {
                return kept.days();
            }
            seen = generation;
        }
        var days = Set.copyOf(read(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        synchronized (daysOff) {
            // Not kept when holidays changed while they were read: what was read may predate the change.
            if (generation == seen) {
                daysOff.put(year, new DaysOffOfYear(days, System.nanoTime()));
            }
        }
        return days;
    }

    private Set<LocalDate> read(LocalDate from, LocalDate to) {
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
        changed(new HolidaysChanged(date));
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
        changed(new HolidaysChanged(date.isBefore(newDate) ? date : newDate));
        return moved;
    }

    @Transactional
    public void delete(LocalDate date) {
        var holiday = holidays.findById(date).orElseThrow(() -> new HolidayNotFoundException(date));
        holidays.delete(holiday);
        log.info("Holiday removed: {} {}", date, holiday.getName());
        changed(new HolidaysChanged(date));
    }

    /**
     * Publishes the change after marking the transaction as changing holidays: its own deadlines (moved by the
     * listeners) read the table, and the days off kept are forgotten when it ends, committed or not.
     */
    private void changed(HolidaysChanged change) {
        if (!TransactionSynchronizationManager.hasResource(changing)) {
            TransactionSynchronizationManager.bindResource(changing, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changing);
                    forgetDaysOff();
                }
            });
        }
        events.publishEvent(change);
    }

    private void forgetDaysOff() {
        synchronized (daysOff) {
            generation++;
            daysOff.clear();
        }
    }

    private record DaysOffOfYear(Set<LocalDate> days, long readAt) {

        boolean isFresh() {
            return System.nanoTime() - readAt < DAYS_OFF_KEPT.toNanos();
        }
    }
}
