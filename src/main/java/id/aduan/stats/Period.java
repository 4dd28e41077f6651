package id.aduan.stats;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The filing dates a figure counts, in WIB: a year, a month, any range of days, or all time. Reports count in the
 * period they were filed in, whatever happened to them later, as governments report "181 reports in 2020".
 *
 * @param from the first day, or null for all time
 * @param until the day after the last, or null for all time
 */
public record Period(LocalDate from, LocalDate until) {

    public Period {
        if ((from == null) != (until == null)) {
            throw new IllegalArgumentException("a period has both ends or neither");
        }
        if (from != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    public static Period allTime() {
        return new Period(null, null);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** From {@code first} up to and including {@code last}. */
    public static Period days(LocalDate first, LocalDate last) {
        return new Period(first, last.plusDays(1));
    }

    /**
     * A period as written in URLs: {@code 2026} (a year), {@code 2026-03} (a month), {@code 2026-01-01..2026-03-31}
     * (days, both included) or {@code all}; throws {@link IllegalArgumentException} for anything else.
     */
    public static Period parse(String text) {
        try {
            if (text.equals("all")) {
                return allTime();
            }
            if (text.matches("\\d{4}")) {
                return year(Integer.parseInt(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(text));
            }
            var ends = text.split("\\.\\.", -1);
            if (ends.length == 2) {
                var first = LocalDate.parse(ends[0]);
                var last = LocalDate.parse(ends[1]);
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
                }
                return days(first, last);
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' has no valid date: " + e.getParsedString(), e);
        }
        throw new IllegalArgumentException("'" + text + "' is not a period: write a year (2026), a month (2026-03),"
                + " days (2026-01-01..2026-03-31) or all");
    }

    /** The period as {@link #parse} reads it, also in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        if (isAllTime()) {
            return "all";
        }
        if (isYear()) {
            return String.valueOf(from.getYear());
        }
        if (from.getDayOfMonth() == 1 && until.equals(from.plusMonths(1))) {
            return YearMonth.from(from).toString();
        }
        return from + ".." + last();
    }

    public boolean isAllTime() {
        return from == null;
    }

    /** The last day counted, or null for all time. */
    public LocalDate last() {
        return until == null ? null : until.minusDays(1);
    }

    /** Whether this is exactly one calendar year, the period published figures use. */
    public boolean isYear() {
        return from != null && from.getDayOfYear() == 1 && until.equals(from.plusYears(1));
    }

    /** Whether the period is made of whole months only (all time too): the tallies hold it without the facts. */
    boolean wholeMonths() {
        return isAllTime()
                || (!from.isBefore(firstWholeMonth()) && !endOfWholeMonths().isBefore(until));
    }

    /** The first day of the first whole month in the period (its end, if there is none). */
    LocalDate firstWholeMonth() {
        var month = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        return month.isAfter(until) ? until : month;
    }

    /** The day after the last whole month in the period (its start of whole months, if there is none). */
    LocalDate endOfWholeMonths() {
        var end = until.withDayOfMonth(1);
        return end.isBefore(firstWholeMonth()) ? firstWholeMonth() : end;
    }
}
