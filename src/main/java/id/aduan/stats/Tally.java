package id.aduan.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of the published numbers, in the columns of {@code statistics_tally}, with the first answers counted by the
 * working days they took (the median needs the counts, not a sum). Subtracting what a report added before and adding
 * what it adds now keeps a tally right as reports change.
 */
final class Tally {

    static final List<String> COLUMNS = List.of(
            "received",
            "not_yet_verified",
            "deferred",
            "archived",
            "not_yet_followed_up",
            "in_progress",
            "followed_up",
            "completed",
            "handed_back",
            "duplicates",
            "overdue",
            "answered",
            "answered_on_time",
            "rating_sum",
            "ratings",
            "objections");

    /** First answers that took this many working days or more are counted together. */
    static final int MAX_ANSWER_DAYS = 60;

    private final long[] values = new long[COLUMNS.size()];
    private final Map<Integer, Long> answerDays = new TreeMap<>();

    static Tally of(
            Bucket bucket,
            boolean overdue,
            Integer firstAnswerDays,
            Boolean firstAnswerOnTime,
            Integer rating,
            int objections) {
        var tally = new Tally();
        if (bucket.received()) {
            tally.values[index("received")] = 1;
        }
        tally.values[index(bucket.column())] = 1;
        tally.values[index("overdue")] = overdue ? 1 : 0;
        if (firstAnswerDays != null) {
            tally.values[index("answered")] = 1;
            tally.values[index("answered_on_time")] = Boolean.TRUE.equals(firstAnswerOnTime) ? 1 : 0;
            tally.answerDays.put(Math.min(firstAnswerDays, MAX_ANSWER_DAYS), 1L);
        }
        if (rating != null) {
            tally.values[index("rating_sum")] = rating;
            tally.values[index("ratings")] = 1;
        }
        tally.values[index("objections")] = objections;
        return tally;
    }

    static Tally read(long[] values, Map<Integer, Long> answerDays) {
        var tally = new Tally();
        System.arraycopy(values, 0, tally.values, 0, values.length);
        tally.answerDays.putAll(answerDays);
        return tally;
    }

    static int index(String column) {
        var index = COLUMNS.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No tally column " + column);
        }
        return index;
    }

    /** Adds {@code other} ({@code sign} 1) or takes it away ({@code sign} -1). */
    Tally add(Tally other, int sign) {
        for (var i = 0; i < values.length; i++) {
            values[i] += sign * other.values[i];
        }
        other.answerDays.forEach((days, answers) -> answerDays.merge(days, sign * answers, Long::sum));
        answerDays.values().removeIf(answers -> answers == 0);
        return this;
    }

    boolean isZero() {
        for (var value : values) {
            if (value != 0) {
                return false;
            }
        }
        return answerDays.isEmpty();
    }

    long get(String column) {
        return values[index(column)];
    }

    long[] values() {
        return values.clone();
    }

    /** First answers by working days, in order. */
    Map<Integer, Long> answerDays() {
        return answerDays;
    }

    /** The middle of the first answers' working days, the mean of the two middle ones for an even count. */
    Double medianAnswerDays() {
        var answers = answerDays.values().stream().mapToLong(Long::longValue).sum();
        if (answers == 0) {
            return null;
        }
        return (valueAt((answers - 1) / 2) + valueAt(answers / 2)) / 2.0;
    }

    private int valueAt(long position) {
        var seen = 0L;
        for (var entry : answerDays.entrySet()) {
            seen += entry.getValue();
            if (position < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("position " + position + " beyond " + seen + " answers");
    }
}
