package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<YearMonth> YEAR_2026 = IntStream.rangeClosed(1, 12)
            .mapToObj(month -> YearMonth.of(2026, month))
            .toList();

    @Test
    void placesPercentagesOnAnAxisFromZeroToAHundred() {
        // when
        var chart = LineChart.of("Tepat waktu", List.of("A", "B", "C"), List.of(0, 50, 100), INDONESIAN);

        // then
        assertThat(chart.frame().ticks())
                .extracting(ChartTick::label)
                .containsExactly("0%", "25%", "50%", "75%", "100%");
        var points = chart.points();
        assertThat(points.get(0).y()).isEqualTo(chart.frame().baseline());
        assertThat(points.get(2).y()).isEqualTo(ChartFrame.TOP);
        assertThat(points.get(1).y()).isEqualTo(ChartText.round((chart.frame().baseline() + ChartFrame.TOP) / 2));
        assertThat(chart.lines())
                .containsExactly(points.get(0).x() + "," + points.get(0).y() + " "
                        + points.get(1).x() + "," + points.get(1).y() + " "
                        + points.get(2).x() + "," + points.get(2).y());
        assertThat(points.get(1).tooltip()).isEqualTo("B: 50%");
    }

    @Test
    void breaksTheLineWhereAMonthHasNoValueAndLeavesALonePointAsADot() {
        // when
        var chart = LineChart.perMonth(
                "Tepat waktu 2026",
                YEAR_2026,
                Arrays.asList(90, 80, null, 70, 75, null, null, 60, null, null, null, null),
                INDONESIAN);

        // then
        assertThat(chart.points()).hasSize(5);
        assertThat(chart.lines()).hasSize(2);
        assertThat(chart.lines().get(0).split(" ")).hasSize(2);
        assertThat(chart.lines().get(1).split(" ")).hasSize(2);
        assertThat(chart.points())
                .extracting(LineChart.Point::name)
                .containsExactly("Januari", "Februari", "April", "Mei", "Agustus");
        assertThat(chart.description())
                .isEqualTo("Tepat waktu 2026: terakhir 60% (Agustus), tertinggi 90% (Januari), terendah 60% (Agustus); "
                        + "7 dari 12 tanpa data.");
    }

    @Test
    void namesUpToThreeGapsAndSpeaksEnglishToAnEnglishReader() {
        // when
        var chart = LineChart.perMonth(
                "On time 2026", YEAR_2026.subList(0, 3), Arrays.asList(null, 81, null), Locale.ENGLISH);

        // then
        assertThat(chart.description()).isEqualTo("On time 2026: 81% (February); no data: January and March.");
        assertThat(chart.lines()).isEmpty();
        assertThat(chart.points()).hasSize(1);
    }

    @Test
    void isEmptyWhenNoMonthHasAValue() {
        // when
        var chart = LineChart.perMonth("Tepat waktu 2030", YEAR_2026, Arrays.asList(new Integer[12]), INDONESIAN);

        // then
        assertThat(chart.empty()).isTrue();
        assertThat(chart.description()).isEqualTo("Tidak ada data untuk periode ini.");
    }

    @Test
    void refusesValuesThatAreNotPercentages() {
        assertThatThrownBy(() -> LineChart.of("Tepat waktu", List.of("A"), List.of(101), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineChart.of("Tepat waktu", List.of("A"), List.of(-1), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
