package id.aduan.deadline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The holidays Aduan seeds (read from the Flyway migration itself), served by a mocked
 * {@link HolidayService}, for tests that need the real calendar without a database.
 */
public final class SeededHolidays {

    private static final Pattern ROW =
            Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '[^']*', '(NATIONAL_HOLIDAY|JOINT_LEAVE)'\\)");

    private SeededHolidays() {}

    public static List<LocalDate> dates() {
        try (var migration = SeededHolidays.class.getResourceAsStream("/db/migration/V3__holidays_2025_2026.sql")) {
            var sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            return ROW.matcher(sql)
                    .results()
                    .map(match -> LocalDate.parse(match.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HolidayService holidayService() {
        var dates = dates();
        var service = mock(HolidayService.class);
        when(service.daysOffBetween(any(), any())).thenAnswer(call -> {
            LocalDate from = call.getArgument(0);
            LocalDate to = call.getArgument(1);
            return dates.stream()
                    .filter(date -> !date.isBefore(from) && !date.isAfter(to))
                    .collect(Collectors.toSet());
        });
        when(service.list(anyInt())).thenAnswer(call -> {
            int year = call.getArgument(0);
            return dates.stream()
                    .filter(date -> date.getYear() == year)
                    .map(date -> new Holiday(date, "holiday", HolidayKind.NATIONAL_HOLIDAY))
                    .toList();
        });
        return service;
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(holidayService());
    }

    static Set<LocalDate> set() {
        return Set.copyOf(dates());
    }
}
