package id.aduan.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Parts of a whole, such as the reports by status, drawn by the fragment {@code stats/charts :: breakdown(chart)}
 * as one bar split into parts, with a legend that gives each part's count and share. The bar's geometry is in
 * percent of its width ({@link #viewBox()} is 100 wide), so it stretches to the page.
 *
 * @param id the prefix of the ids of the chart's title and description, made from the title
 * @param title what the chart shows: "Laporan menurut status 2026"
 * @param description the text alternative: the total and each part that is not 0, or that there is no data
 * @param total the sum of the parts, formatted: "116"
 * @param parts one per label, in order, those of 0 included (they have no width)
 */
public record BreakdownChart(String id, String title, String description, String total, List<Part> parts) {

    /**
     * One part of the bar, and its line in the legend.
     *
     * @param label what it stands for: "Selesai"
     * @param value its count, formatted: "19"
     * @param percent its whole share of the total; the shares add up to 100%: "90%"
     * @param colour the class that colours it, {@code chart-part-1} to {@code chart-part-7}, in order
     * @param x where it starts, in percent of the bar's width
     * @param width its width, in percent of the bar's width
     */
    public record Part(String label, String value, String percent, String colour, double x, double width) {

        /** The tooltip: "Selesai: 19 (90%)". */
        public String tooltip() {
            return label + ": " + value + " (" + percent + ")";
        }

        /** Whether it has a width to draw. */
        public boolean drawn() {
            return width > 0;
        }
    }

    private static final int COLOURS = 7;

    /**
     * A breakdown of a total into parts.
     *
     * @param title what the chart shows, in the reader's language; also the source of its ids, so unique on a page
     * @param labels the parts' names, in the order they are drawn from left to right (at most seven colours are
     *     told apart; an eighth part takes the first colour again)
     * @param values one count per label, none negative or null
     * @param locale the reader's language: English, or Indonesian for any other
     * @return the chart, {@linkplain #empty() empty} when there are no labels or every value is 0
     */
    public static BreakdownChart of(String title, List<String> labels, List<Long> values, Locale locale) {
        ChartFrame.check(labels, values);
        if (values.stream().anyMatch(value -> value == null || value < 0)) {
            throw new IllegalArgumentException("A breakdown's values are counts, none negative or null: " + values);
        }
        var text = ChartText.of(locale);
        var counts = values.stream().mapToLong(Long::longValue).toArray();
        var total = LongStream.of(counts).sum();
        if (total == 0) {
            return new BreakdownChart(ChartText.id(title), title, text.noData(), text.number(0), List.of());
        }
        var shares = shares(counts, total);
        var parts = new ArrayList<Part>();
        var x = 0.0;
        for (var i = 0; i < counts.length; i++) {
            var width = 100.0 * counts[i] / total;
            parts.add(new Part(
                    labels.get(i),
                    text.number(counts[i]),
                    text.percent(shares[i]),
                    "chart-part-" + (i % COLOURS + 1),
                    ChartText.round(x),
                    ChartText.round(width)));
            x += width;
        }
        return new BreakdownChart(
                ChartText.id(title),
                title,
                describe(title, parts, total, text),
                text.number(total),
                List.copyOf(parts));
    }

    /** Whole percentages that add up to 100: each share rounded down, the rest to the largest remainders. */
    private static long[] shares(long[] counts, long total) {
        var shares = LongStream.of(counts).map(count -> 100 * count / total).toArray();
        var missing = 100 - LongStream.of(shares).sum();
        IntStream.range(0, counts.length)
                .boxed()
                .sorted(Comparator.comparingLong((Integer i) -> 100 * counts[i] % total)
                        .reversed())
                .limit(missing)
                .forEach(i -> shares[i]++);
        return shares;
    }

    /** "Laporan menurut status 2026: jumlah 21; Selesai 19 (90%), Belum ditindaklanjuti 2 (10%)." */
    private static String describe(String title, List<Part> parts, long total, ChartText text) {
        var named = parts.stream()
                .filter(Part::drawn)
                .map(part -> part.label() + " " + part.value() + " (" + part.percent() + ")")
                .toList();
        return title + ": " + text.say("jumlah ", "total ") + text.number(total) + "; " + String.join(", ", named)
                + ".";
    }

    /** Whether there is nothing to draw: the fragment then says so in words. */
    public boolean empty() {
        return parts.isEmpty();
    }

    /** The SVG's viewBox, in percent of the bar's width; the bar's height is set by the style sheet. */
    public String viewBox() {
        return "0 0 100 10";
    }
}
