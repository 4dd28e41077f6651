package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BreakdownChartTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void splitsTheBarIntoPartsSideBySideThatFillItsWidth() {
        // when: Kota Serang's reports of 2020-2022 by status
        var chart = BreakdownChart.of(
                "Laporan Kota Serang 2020–2022",
                List.of("Belum ditindaklanjuti", "Diproses", "Selesai"),
                List.of(39L, 12L, 65L),
                INDONESIAN);

        // then
        var parts = chart.parts();
        assertThat(parts).extracting(BreakdownChart.Part::x).containsExactly(0.0, 33.6, 44.0);
        assertThat(parts).extracting(BreakdownChart.Part::width).containsExactly(33.6, 10.3, 56.0);
        assertThat(parts)
                .extracting(BreakdownChart.Part::colour)
                .containsExactly("chart-part-1", "chart-part-2", "chart-part-3");
        assertThat(chart.total()).isEqualTo("116");
        assertThat(chart.description())
                .isEqualTo(
                        "Laporan Kota Serang 2020–2022: jumlah 116; Belum ditindaklanjuti 39 (34%), Diproses 12 (10%), "
                                + "Selesai 65 (56%).");
    }

    @Test
    void roundsTheSharesSoThatTheyAddUpToAHundred() {
        // when
        var chart = BreakdownChart.of("Tiga", List.of("A", "B", "C"), List.of(1L, 1L, 1L), INDONESIAN);

        // then
        assertThat(chart.parts()).extracting(BreakdownChart.Part::percent).containsExactly("34%", "33%", "33%");
    }

    @Test
    void keepsAPartOfZeroInTheLegendButDoesNotDrawItOrNameItInTheTextAlternative() {
        // when: Kutai Kartanegara 2020, as Kemenpan-RB appraised it
        var chart = BreakdownChart.of(
                "Pemkab Kutai Kartanegara 2020",
                List.of("Not yet followed up", "In progress", "Completed"),
                List.of(2L, 0L, 19L),
                Locale.ENGLISH);

        // then
        assertThat(chart.parts()).extracting(BreakdownChart.Part::drawn).containsExactly(true, false, true);
        assertThat(chart.parts().get(2).tooltip()).isEqualTo("Completed: 19 (90%)");
        assertThat(chart.description())
                .isEqualTo("Pemkab Kutai Kartanegara 2020: total 21; Not yet followed up 2 (10%), Completed 19 (90%).");
    }

    @Test
    void givesAnEighthPartTheFirstColourAgain() {
        // when
        var chart = BreakdownChart.of(
                "Delapan",
                List.of("1", "2", "3", "4", "5", "6", "7", "8"),
                List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L),
                INDONESIAN);

        // then
        assertThat(chart.parts().get(7).colour()).isEqualTo("chart-part-1");
    }

    @Test
    void isEmptyWhenTheTotalIsZero() {
        // when
        var chart = BreakdownChart.of("Status 2030", List.of("Selesai"), List.of(0L), INDONESIAN);

        // then
        assertThat(chart.empty()).isTrue();
        assertThat(chart.description()).isEqualTo("Tidak ada data untuk periode ini.");
    }
}
