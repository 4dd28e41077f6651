package id.aduan.stats;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The words and numbers of the charts, in Indonesian unless the reader chose English: numbers with the reader's
 * thousands separator (1.234 or 1,234), months by their short and full names.
 */
final class ChartText {

    private static final List<String> SHORT_ID =
            List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des");
    private static final List<String> LONG_ID = List.of(
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember");
    private static final List<String> SHORT_EN =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> LONG_EN = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final boolean english;

    private ChartText(boolean english) {
        this.english = english;
    }

    /** English for a reader who chose it, Indonesian for everyone else. */
    static ChartText of(Locale locale) {
        return new ChartText(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
    }

    /** Picks the Indonesian or the English wording. */
    String say(String indonesian, String english) {
        return this.english ? english : indonesian;
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : INDONESIAN)
                .format(value);
    }

    String percent(long value) {
        return value + "%";
    }

    String shortMonth(YearMonth month) {
        return (english ? SHORT_EN : SHORT_ID).get(month.getMonthValue() - 1);
    }

    /** The full name, with the year when the months cover more than one: "Maret" or "Maret 2026". */
    String longMonth(YearMonth month, boolean withYear) {
        var name = (english ? LONG_EN : LONG_ID).get(month.getMonthValue() - 1);
        return withYear ? name + " " + month.getYear() : name;
    }

    String noData() {
        return say("Tidak ada data untuk periode ini.", "No data for this period.");
    }

    /** "a, b dan c" or "a, b and c". */
    String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + say(" dan ", " and ")
                + items.get(items.size() - 1);
    }

    /** An id for the chart's elements made from its title: "chart-laporan-per-bulan-2026". */
    static String id(String title) {
        var ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "chart" : "chart-" + slug;
    }

    /** Rounds a coordinate to a tenth, as written into the SVG. */
    static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }
}
