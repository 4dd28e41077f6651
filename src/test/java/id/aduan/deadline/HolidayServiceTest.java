package id.aduan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class HolidayServiceTest {

    private static final LocalDate NYEPI = LocalDate.of(2026, 3, 19);
    private static final LocalDate WAISAK = LocalDate.of(2026, 5, 31);

    private final List<Holiday> table = new ArrayList<>();
    private final HolidayRepository repository = mock(HolidayRepository.class);
    private final HolidayService service = new HolidayService(repository, mock(ApplicationEventPublisher.class));

    @BeforeEach
    void tableOfHolidays() {
        table.add(new Holiday(NYEPI, "Nyepi", HolidayKind.NATIONAL_HOLIDAY));
        when(repository.findByDateBetweenOrderByDate(any(), any())).thenAnswer(call -> {
            LocalDate from = call.getArgument(0);
            LocalDate to = call.getArgument(1);
            return table.stream()
                    .filter(holiday -> !holiday.getDate().isBefore(from)
                            && !holiday.getDate().isAfter(to))
                    .toList();
        });
        when(repository.save(any())).thenAnswer(call -> {
            Holiday holiday = call.getArgument(0);
            table.add(holiday);
            return holiday;
        });
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void endTransaction() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void readsTheDaysOffOfAYearOnceForEveryRangeInsideIt() {
        // when
        var march = service.daysOffBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        var april = service.daysOffBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        // then
        assertThat(march).containsExactly(NYEPI);
        assertThat(april).isEmpty();
        verify(repository, times(1)).findByDateBetweenOrderByDate(any(), any());
    }

    @Test
    void theChangingTransactionSeesItsHolidayAndEveryOtherOneFromItsEnd() {
        // given the year's days off kept
        service.daysOffBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        // when a holiday is added in this transaction
        service.create(WAISAK, "Waisak", HolidayKind.NATIONAL_HOLIDAY);

        // then this transaction sees it at once
        assertThat(service.daysOffBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .containsExactly(WAISAK);

        // and after its end the days off are read again with it
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(service.daysOffBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactlyInAnyOrder(NYEPI, WAISAK);
        verify(repository, times(3)).findByDateBetweenOrderByDate(any(), any());
    }
}
