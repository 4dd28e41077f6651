package id.aduan.stats;

import id.aduan.stats.ChartFrame.Category;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A percentage over time, such as the share of first answers given on time per month, drawn by the fragment
 * {@code stats/charts :: trend(chart)} (not {@code line}, which would also select the SVG's {@code <line>} elements)
 * on an axis from 0 to 100%. A month without a value (nothing was answered) leaves a gap in the line. All geometry
 * is in the coordinates of {@link #viewBox()}.
 *
 * @param id the prefix of the ids of the chart's title and description, made from the title
 * @param title what the chart shows: "Jawaban pertama tepat waktu 2026"
 * @param description the text alternative: the latest, highest and lowest values and the gaps, or that there is no
 *     data
 * @param frame the value axis from 0 to 100% and the labels under the points
 * @param lines the {@code points} of one polyline per run of months with values
 * @param points one per month with a value, in order
 * @param labels the labels shown under the points (every n-th when they would overlap)
 */
public record LineChart(
        String id, String title, String description, ChartFrame frame, List<String> lines, List<Point> points) {

    /**
     * One value, drawn as a dot.
     *
     * @param name what it stands for, for its tooltip: "Maret"
     * @param value the percentage, formatted: "92%"
     * @param showValue whether the value is written above the dot (when every value fits in its slot)
     * @param valueY the baseline of that value
     */
    public record Point(double x, double y, String name, String value, boolean showValue, double valueY) {

        /** The tooltip: "Maret: 92%". */
        public String tooltip() {
            return name + ": " + value;
        }
    }

    private static final int MOST_GAPS_NAMED = 3;

    /**
     * A line with labels of the caller's choice.
     *
     * @param title what the chart shows, in the reader's language; also the source of its ids, so unique on a page
     * @param labels the points' labels, written under them and in the text alternative
     * @param percentages one whole percentage from 0 to 100 per label, or null where there is none (a gap)
     * @param locale the reader's language: English, or Indonesian for any other
     * @return the chart, {@linkplain #empty() empty} when there are no labels or every percentage is null
     */
    public static LineChart of(String title, List<String> labels, List<Integer> percentages, Locale locale) {
        ChartFrame.check(labels, percentages);
        return draw(title, Category.of(labels), percentages, ChartText.of(locale));
    }

    /**
     * A line per month, labelled with the months' short names (Jan, Feb, … Agu, … Des in Indonesian) and named in
     * full in the text alternative; when the months span more than one year, the year is written under the first
     * month shown of each year.
     *
     * @param title what the chart shows, with the period: "Jawaban pertama tepat waktu 2026"; unique on a page
     * @param months the months in order, usually every month of the period
     * @param percentages one whole percentage from 0 to 100 per month, or null for a month without any (a gap)
     * @param locale the reader's language: English, or Indonesian for any other
     * @return the chart, {@linkplain #empty() empty} when there are no months or every percentage is null
     */
    public static LineChart perMonth(String title, List<YearMonth> months, List<Integer> percentages, Locale locale) {
        ChartFrame.check(months, percentages);
        var text = ChartText.of(locale);
        return draw(title, Category.months(months, text), percentages, text);
    }

    private static LineChart draw(String title, List<Category> categories, List<Integer> percentages, ChartText text) {
        if (percentages.stream().filter(Objects::nonNull).anyMatch(p -> p < 0 || p > 100)) {
            throw new IllegalArgumentException("A line chart's values are percentages from 0 to 100: " + percentages);
        }
        if (percentages.stream().allMatch(Objects::isNull)) {
            return new LineChart(ChartText.id(title), title, text.noData(), ChartFrame.NONE, List.of(), List.of());
        }
        var frame = ChartFrame.of(categories, 100, 25, text::percent);
        var showValues = frame.fit(List.of(text.percent(100)));
        var points = new ArrayList<Point>();
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var i = 0; i < percentages.size(); i++) {
            var percentage = percentages.get(i);
            if (percentage == null) {
                addLine(lines, line);
                continue;
            }
            var x = ChartText.round(frame.centre(i));
            var y = frame.y(percentage);
            points.add(new Point(
                    x, y, categories.get(i).name(), text.percent(percentage), showValues, ChartText.round(y - 8)));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        addLine(lines, line);
        return new LineChart(
                ChartText.id(title),
                title,
                describe(title, categories, percentages, text),
                frame,
                List.copyOf(lines),
                List.copyOf(points));
    }

    /** A run of two or more points becomes a polyline; a lone point stays a dot. */
    private static void addLine(List<String> lines, StringBuilder line) {
        if (line.indexOf(" ") > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
    }

    /**
     * "Jawaban pertama tepat waktu 2026: terakhir 92% (Desember), tertinggi 95% (Juni), terendah 60% (April); tanpa
     * data: Mei dan Juli."
     */
    private static String describe(String title, List<Category> categories, List<Integer> percentages, ChartText text) {
        var present = IntStream.range(0, percentages.size())
                .filter(i -> percentages.get(i) != null)
                .toArray();
        var gaps = IntStream.range(0, percentages.size())
                .filter(i -> percentages.get(i) == null)
                .mapToObj(i -> categories.get(i).name())
                .toList();
        var sentence = new StringBuilder(title).append(": ");
        if (present.length == 1) {
            sentence.append(value(categories, percentages, present[0], text));
        } else {
            var highest = present[0];
            var lowest = present[0];
            for (var i : present) {
                highest = percentages.get(i) > percentages.get(highest) ? i : highest;
                lowest = percentages.get(i) < percentages.get(lowest) ? i : lowest;
            }
            sentence.append(text.say("terakhir ", "latest "))
                    .append(value(categories, percentages, present[present.length - 1], text))
                    .append(text.say(", tertinggi ", ", highest "))
                    .append(value(categories, percentages, highest, text))
                    .append(text.say(", terendah ", ", lowest "))
                    .append(value(categories, percentages, lowest, text));
        }
        if (!gaps.isEmpty()) {
            sentence.append("; ")
                    .append(
                            gaps.size() <= MOST_GAPS_NAMED
                                    ? text.say("tanpa data: ", "no data: ") + text.list(gaps)
                                    : gaps.size()
                                            + text.say(" dari ", " of ")
                                            + percentages.size()
                                            + text.say(" tanpa data", " without data"));
        }
        return sentence.append('.').toString();
    }

    private static String value(List<Category> categories, List<Integer> percentages, int i, ChartText text) {
        return text.percent(percentages.get(i)) + " (" + categories.get(i).name() + ")";
    }

    /** Whether there is nothing to draw: the fragment then says so in words. */
    public boolean empty() {
        return points.isEmpty();
    }

    /** The SVG's viewBox: "0 0 560 260". */
    public String viewBox() {
        return ChartFrame.VIEW_BOX;
    }
}
