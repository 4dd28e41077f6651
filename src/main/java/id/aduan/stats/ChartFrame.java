package id.aduan.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What the bar and line charts share: a drawing 560 by 260 units, a value axis from 0 to a round number with its
 * gridlines, and the labels under the bars or points, thinned out so that they do not overlap. Drawn by the
 * fragments {@code stats/charts :: grid(frame)} and {@code axis(frame)}.
 *
 * @param left where the plot starts, right of the value axis's labels
 * @param right where the plot ends
 * @param baseline the height of the zero line
 * @param ticks the value axis: 0 and round steps up to its top
 * @param labels the labels shown under the bars or points (every n-th when they would overlap)
 * @param slots how many bars or points share the plot's width
 * @param top the value at the top of the axis
 */
public record ChartFrame(
        double left,
        double right,
        double baseline,
        List<ChartTick> ticks,
        List<ChartLabel> labels,
        int slots,
        long top) {

    static final String VIEW_BOX = "0 0 560 260";
    /** The frame of a chart without data, which is not drawn. */
    static final ChartFrame NONE = new ChartFrame(0, 0, 0, List.of(), List.of(), 0, 0);
    /** The height of the top of the value axis: room above it for the value of the highest bar. */
    static final double TOP = 22;

    private static final double WIDTH = 560;
    private static final double HEIGHT = 260;
    private static final double RIGHT = 8;
    private static final double CHARACTER = 7.5;
    private static final double LABEL_GAP = 4;
    private static final double LINE = 16;

    /** What a bar or point stands for: its label under the axis, its name in sentences, its year if needed. */
    record Category(String label, String name, Integer year) {

        static List<Category> of(List<String> labels) {
            return labels.stream()
                    .map(label -> new Category(label, label, null))
                    .toList();
        }

        /** Months by their short names; when they span years, with the year in their names and under the axis. */
        static List<Category> months(List<YearMonth> months, ChartText text) {
            var years = months.stream().map(YearMonth::getYear).distinct().count();
            return months.stream()
                    .map(month -> new Category(
                            text.shortMonth(month),
                            text.longMonth(month, years > 1),
                            years > 1 ? month.getYear() : null))
                    .toList();
        }
    }

    /**
     * The frame for the categories along the bottom and values from 0 to {@code top} in steps of {@code step}.
     *
     * @param tickLabel writes a value of the axis: "1.500" or "50%"
     */
    static ChartFrame of(List<Category> categories, long top, long step, LongFunction<String> tickLabel) {
        var values = new ArrayList<Long>();
        for (var value = 0L; value <= top; value += step) {
            values.add(value);
        }
        var tickLabels = values.stream().map(tickLabel::apply).toList();
        var widest = tickLabels.stream().mapToInt(String::length).max().orElse(1);
        var left = ChartText.round(12 + widest * CHARACTER);
        var years = categories.stream().anyMatch(category -> category.year() != null);
        var baseline = HEIGHT - (years ? 42 : 26);
        var ticks = new ArrayList<ChartTick>();
        for (var i = 0; i < values.size(); i++) {
            var y = y(values.get(i), top, baseline);
            ticks.add(new ChartTick(y, ChartText.round(y + 4), tickLabels.get(i)));
        }
        var labels = labels(categories, left, (WIDTH - RIGHT - left) / categories.size(), baseline);
        return new ChartFrame(left, WIDTH - RIGHT, baseline, List.copyOf(ticks), labels, categories.size(), top);
    }

    /** The step of an axis up to at least {@code highest}: 1, 2 or 5 times a power of ten, about four to the top. */
    static long step(long highest) {
        var rough = Math.max(1.0, highest / 4.0);
        var power = Math.pow(10, Math.floor(Math.log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, Math.round(nice * power));
    }

    static void check(List<?> labels, List<?> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(
                    "A chart needs one value per label: " + labels.size() + " labels, " + values.size() + " values");
        }
    }

    /** The width of each bar's or point's slot. */
    double slot() {
        return (right - left) / slots;
    }

    /** The centre of the i-th slot. */
    double centre(int i) {
        return left + slot() * (i + 0.5);
    }

    /** The height of a value. */
    double y(double value) {
        return y(value, top, baseline);
    }

    /** Whether values written above each bar or point fit in their slots. */
    boolean fit(List<String> values) {
        var widest = values.stream().mapToInt(String::length).max().orElse(0);
        return widest * CHARACTER + LABEL_GAP <= slot();
    }

    private static double y(double value, long top, double baseline) {
        return ChartText.round(baseline - value / top * (baseline - TOP));
    }

    /** Every label if they fit, else every second, third …, and the year under the first label shown of each year. */
    private static List<ChartLabel> labels(List<Category> categories, double left, double slot, double baseline) {
        var widest = categories.stream().mapToInt(c -> c.label().length()).max().orElse(1);
        var every = (int) Math.ceil((widest * CHARACTER + 2 * LABEL_GAP) / slot);
        var labels = new ArrayList<ChartLabel>();
        Integer lastYear = null;
        for (var i = 0; i < categories.size(); i += every) {
            var category = categories.get(i);
            var newYear = category.year() != null && !category.year().equals(lastYear);
            labels.add(new ChartLabel(
                    ChartText.round(left + slot * (i + 0.5)),
                    baseline + LINE + 2,
                    category.label(),
                    newYear ? category.year().toString() : null,
                    baseline + 2 * LINE + 2));
            lastYear = category.year();
        }
        return List.copyOf(labels);
    }
}
