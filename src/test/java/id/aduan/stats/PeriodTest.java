package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsAYearAMonthDaysAndAllTimeAndWritesThemBack() {
        for (var text : new String[] {"2026", "2026-03", "2025-12-31..2026-01-01", "all"}) {
            assertThat(Period.parse(text).toString()).isEqualTo(text);
        }
        assertThat(Period.parse("2026").isYear()).isTrue();
        assertThat(Period.parse("2026-01-01..2026-12-31")).isEqualTo(Period.year(2026));
    }

    @Test
    void refusesWhatIsNotAPeriodSayingHowToWriteOne() {
        assertThatThrownBy(() -> Period.parse("last year")).hasMessageContaining("2026-03");
        assertThatThrownBy(() -> Period.parse("2026-02-30..2026-03-01")).hasMessageContaining("2026-02-30");
        assertThatThrownBy(() -> Period.parse("2026-03-05..2026-03-01")).hasMessageContaining("before");
    }

    @Test
    void splitsARangeIntoItsWholeMonthsAndItsEdgeDays() {
        var range = Period.days(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 2));
        var inOneMonth = Period.days(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9));
        var march = Period.month(YearMonth.of(2026, 3));

        assertThat(range.firstWholeMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(range.endOfWholeMonths()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(inOneMonth.firstWholeMonth()).isEqualTo(inOneMonth.until());
        assertThat(inOneMonth.endOfWholeMonths()).isEqualTo(inOneMonth.until());
        assertThat(march.firstWholeMonth()).isEqualTo(march.from());
        assertThat(march.endOfWholeMonths()).isEqualTo(march.until());
        assertThat(List.of(range, inOneMonth, march, Period.year(2026), Period.allTime()))
                .extracting(Period::wholeMonths)
                .containsExactly(false, false, true, true, true);
        assertThat(Period.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 27))
                        .wholeMonths())
                .isFalse();
    }
}
