package id.aduan.stats;

import id.aduan.stats.ChartFrame.Category;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Labelled bars, such as the reports received per month, drawn by the fragment {@code stats/charts :: bar(chart)}.
 * All geometry is in the coordinates of {@link #viewBox()}; the drawing scales to the width of the page.
 *
 * @param id the prefix of the ids of the chart's title and description, made from the title
 * @param title what the chart shows: "Laporan per bulan 2026"
 * @param description the text alternative: the highest and lowest bars and the total, or that there is no data
 * @param frame the value axis from 0 to a round number above the highest bar, and the labels under the bars
 * @param bars one per label, in order
 */
public record BarChart(String id, String title, String description, ChartFrame frame, List<Bar> bars) {

    /**
     * One bar.
     *
     * @param name what it stands for, for its tooltip: "Maret"
     * @param value its value, formatted: "1.234"
     * @param showValue whether the value is written above the bar (when every value fits above its bar)
     * @param valueX the centre of the value written above it
     * @param valueY the baseline of that value
     */
    public record Bar(
            double x,
            double y,
            double width,
            double height,
            String name,
            String value,
            boolean showValue,
            double valueX,
            double valueY) {

        /** The tooltip: "Maret: 1.234". */
        public String tooltip() {
            return name + ": " + value;
        }
    }

    private static final double BAR_SHARE = 0.7;
    private static final double WIDEST_BAR = 72;

    /**
     * Bars with labels of the caller's choice.
     *
     * @param title what the chart shows, in the reader's language; also the source of its ids, so unique on a page
     * @param labels the bars' labels, written under them and in the text alternative
     * @param values one count per label, none negative or null (a period without reports is 0)
     * @param locale the reader's language: English, or Indonesian for any other
     * @return the chart, {@linkplain #empty() empty} when there are no labels or every value is 0
     */
    public static BarChart of(String title, List<String> labels, List<Long> values, Locale locale) {
        ChartFrame.check(labels, values);
        return draw(title, Category.of(labels), values, ChartText.of(locale));
    }

    /**
     * Bars per month, labelled with the months' short names (Jan, Feb, … Agu, … Des in Indonesian) and named in
     * full in the text alternative; when the months span more than one year, the year is written under the first
     * month shown of each year.
     *
     * @param title what the chart shows, with the period: "Laporan per bulan 2026"; unique on a page
     * @param months the months in order, usually every month of the period
     * @param values one count per month, none negative or null (a month without reports is 0)
     * @param locale the reader's language: English, or Indonesian for any other
     * @return the chart, {@linkplain #empty() empty} when there are no months or every value is 0
     */
    public static BarChart perMonth(String title, List<YearMonth> months, List<Long> values, Locale locale) {
        ChartFrame.check(months, values);
        var text = ChartText.of(locale);
        return draw(title, Category.months(months, text), values, text);
    }

    private static BarChart draw(String title, List<Category> categories, List<Long> values, ChartText text) {
        if (values.stream().anyMatch(value -> value == null || value < 0)) {
            throw new IllegalArgumentException("A bar chart's values are counts, none negative or null: " + values);
        }
        var counts = values.stream().mapToLong(Long::longValue).toArray();
        var total = LongStream.of(counts).sum();
        if (total == 0) {
            return new BarChart(ChartText.id(title), title, text.noData(), ChartFrame.NONE, List.of());
        }
        var highest = LongStream.of(counts).max().orElseThrow();
        var step = ChartFrame.step(highest);
        var frame = ChartFrame.of(categories, (highest + step - 1) / step * step, step, text::number);
        var width = Math.min(frame.slot() * BAR_SHARE, WIDEST_BAR);
        var formatted = LongStream.of(counts).mapToObj(text::number).toList();
        var showValues = frame.fit(formatted);
        var bars = new ArrayList<Bar>();
        for (var i = 0; i < counts.length; i++) {
            var y = counts[i] > 0 ? Math.min(frame.y(counts[i]), frame.baseline() - 1) : frame.baseline();
            var centre = frame.centre(i);
            bars.add(new Bar(
                    ChartText.round(centre - width / 2),
                    y,
                    ChartText.round(width),
                    ChartText.round(frame.baseline() - y),
                    categories.get(i).name(),
                    formatted.get(i),
                    showValues,
                    ChartText.round(centre),
                    ChartText.round(y - 5)));
        }
        return new BarChart(
                ChartText.id(title), title, describe(title, categories, counts, total, text), frame, List.copyOf(bars));
    }

    /** "Laporan per bulan 2026: tertinggi Maret (1.234), terendah Januari (12), total 9.876." */
    private static String describe(String title, List<Category> categories, long[] counts, long total, ChartText text) {
        if (counts.length == 1) {
            return title + ": " + categories.get(0).name() + " (" + text.number(counts[0]) + ").";
        }
        var highest = 0;
        var lowest = 0;
        for (var i = 1; i < counts.length; i++) {
            highest = counts[i] > counts[highest] ? i : highest;
            lowest = counts[i] < counts[lowest] ? i : lowest;
        }
        return title + ": " + text.say("tertinggi ", "highest ")
                + categories.get(highest).name() + " ("
                + text.number(counts[highest]) + "), " + text.say("terendah ", "lowest ")
                + categories.get(lowest).name() + " (" + text.number(counts[lowest]) + "), total "
                + text.number(total) + ".";
    }

    /** Whether there is nothing to draw: the fragment then says so in words. */
    public boolean empty() {
        return bars.isEmpty();
    }

    /** The SVG's viewBox: "0 0 560 260". */
    public String viewBox() {
        return ChartFrame.VIEW_BOX;
    }
}
