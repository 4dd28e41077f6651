package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void scalesTheBarsToAnAxisOfRoundStepsAboveTheHighestValue() {
        // when
        var chart =
                BarChart.of("Laporan 2020–2022", List.of("2020", "2021", "2022"), List.of(181L, 132L, 50L), INDONESIAN);

        // then
        assertThat(chart.frame().ticks()).extracting(ChartTick::label).containsExactly("0", "50", "100", "150", "200");
        assertThat(chart.frame().ticks().get(0).y()).isEqualTo(chart.frame().baseline());
        assertThat(chart.frame().ticks().get(4).y()).isEqualTo(ChartFrame.TOP);
        var bars = chart.bars();
        assertThat(bars).hasSize(3);
        var plotHeight = chart.frame().baseline() - ChartFrame.TOP;
        assertThat(bars.get(0).height()).isCloseTo(plotHeight * 181 / 200, org.assertj.core.data.Offset.offset(0.1));
        assertThat(bars)
                .allSatisfy(bar -> assertThat(bar.y() + bar.height())
                        .isEqualTo(chart.frame().baseline()));
        assertThat(bars.get(1).x()).isGreaterThan(bars.get(0).x() + bars.get(0).width());
        assertThat(bars.get(2).x() + bars.get(2).width())
                .isLessThanOrEqualTo(chart.frame().right());
        assertThat(bars.get(0).x()).isGreaterThanOrEqualTo(chart.frame().left());
        assertThat(bars).allSatisfy(bar -> assertThat(bar.showValue()).isTrue());
        assertThat(chart.frame().labels()).extracting(ChartLabel::text).containsExactly("2020", "2021", "2022");
    }

    @Test
    void describesTheHighestAndLowestBarsAndTheTotalWithIndonesianNumbers() {
        // when
        var chart = BarChart.perMonth(
                "Laporan per bulan 2026",
                List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                List.of(1200L, 8000L, 1234L),
                INDONESIAN);

        // then
        assertThat(chart.title()).isEqualTo("Laporan per bulan 2026");
        assertThat(chart.description())
                .isEqualTo(
                        "Laporan per bulan 2026: tertinggi Februari (8.000), terendah Januari (1.200), total 10.434.");
        assertThat(chart.bars().get(2).tooltip()).isEqualTo("Maret: 1.234");
        assertThat(chart.id()).isEqualTo("chart-laporan-per-bulan-2026");
    }

    @Test
    void speaksEnglishToAnEnglishReader() {
        // when
        var chart = BarChart.perMonth(
                "Reports per month",
                List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 8)),
                List.of(1500L, 20L),
                Locale.ENGLISH);

        // then
        assertThat(chart.description())
                .isEqualTo("Reports per month: highest May (1,500), lowest August (20), total 1,520.");
        assertThat(chart.frame().labels()).extracting(ChartLabel::text).containsExactly("May", "Aug");
    }

    @Test
    void namesMonthsTheIndonesianWay() {
        // when
        var chart = BarChart.perMonth(
                "Laporan per bulan 2026",
                List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 8), YearMonth.of(2026, 10), YearMonth.of(2026, 12)),
                List.of(1L, 2L, 3L, 4L),
                INDONESIAN);

        // then
        assertThat(chart.frame().labels()).extracting(ChartLabel::text).containsExactly("Mei", "Agu", "Okt", "Des");
        assertThat(chart.frame().labels()).extracting(ChartLabel::year).containsOnlyNulls();
    }

    @Test
    void writesTheYearUnderTheFirstMonthOfEachYearWhenTheMonthsSpanYears() {
        // given
        var months = java.util.stream.IntStream.range(0, 36)
                .mapToObj(i -> YearMonth.of(2024, 1).plusMonths(i))
                .toList();

        // when
        var chart = BarChart.perMonth("Laporan 2024–2026", months, Collections.nCopies(36, 10L), INDONESIAN);

        // then
        var labels = chart.frame().labels();
        assertThat(labels.size())
                .as("every n-th month, so that labels do not overlap")
                .isBetween(6, 18);
        for (var i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).x() - labels.get(i - 1).x()).isGreaterThanOrEqualTo(3 * 7.5);
        }
        assertThat(labels)
                .extracting(ChartLabel::year)
                .filteredOn(year -> year != null)
                .containsExactly("2024", "2025", "2026");
        var oneYear =
                BarChart.perMonth("Laporan 2024", months.subList(0, 12), Collections.nCopies(12, 10L), INDONESIAN);
        assertThat(chart.frame().baseline())
                .as("room for the years under the months")
                .isLessThan(oneYear.frame().baseline());
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.showValue()).isFalse());
        assertThat(chart.description()).contains("Januari 2024 (10)");
    }

    @Test
    void drawsASmallBarForAValueTooSmallToSeeButNoneForZero() {
        // when
        var chart = BarChart.of("Laporan", List.of("A", "B", "C"), List.of(1_000_000L, 1L, 0L), INDONESIAN);

        // then
        assertThat(chart.bars().get(1).height()).isEqualTo(1);
        assertThat(chart.bars().get(2).height()).isZero();
        assertThat(chart.frame().ticks()).extracting(ChartTick::label).containsExactly("0", "500.000", "1.000.000");
    }

    @Nested
    class WithoutData {

        @Test
        void isEmptyWhenEveryValueIsZero() {
            // when
            var chart = BarChart.of("Laporan 2030", List.of("Jan", "Feb"), List.of(0L, 0L), INDONESIAN);

            // then
            assertThat(chart.empty()).isTrue();
            assertThat(chart.description()).isEqualTo("Tidak ada data untuk periode ini.");
        }

        @Test
        void isEmptyWithoutLabels() {
            assertThat(BarChart.of("Laporan", List.of(), List.of(), Locale.ENGLISH)
                            .empty())
                    .isTrue();
        }
    }

    @Test
    void refusesValuesThatAreNotCounts() {
        assertThatThrownBy(() -> BarChart.of("Laporan", List.of("A"), List.of(-1L), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.of("Laporan", List.of("A"), Arrays.asList((Long) null), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.of("Laporan", List.of("A", "B"), List.of(1L), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 labels, 1 values");
    }
}
