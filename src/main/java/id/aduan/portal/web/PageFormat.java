package id.aduan.portal.web;

import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.deadline.OfficeTimeZone;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates, numbers and labels for the pages in the reader's language, as {@code @format} in the
 * templates. Times show in the time zone of the report's region, with its name (WIB, WITA, WIT).
 */
@Component("format")
public class PageFormat {

    private static final DateTimeFormatter DATE_TIME_ID = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm");
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    }

    public String dateTime(Instant instant, OfficeTimeZone zone) {
        if (instant == null) {
            return "";
        }
        var pattern = english() ? DATE_TIME_EN : DATE_TIME_ID;
        return pattern.withLocale(locale()).format(instant.atZone(zone.zone())) + " " + zone.name();
    }

    /** The date in national time (WIB), for lists. */
    public String date(Instant instant) {
        return DATE.withLocale(locale()).format(instant.atZone(OfficeTimeZone.WIB.zone()));
    }

    /** The time of day in WIB, as published figures state when they were counted: 18.05 WIB. */
    public String time(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("HH.mm").format(instant.atZone(OfficeTimeZone.WIB.zone()))
                + " WIB";
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A file size in kB or MB, such as 1,2 MB. */
    public String size(long bytes) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024
                ? format.format(Math.max(1, bytes / 1024)) + " kB"
                : format.format(bytes / 1048576.0) + " MB";
    }

    public String label(ComplaintStatus status) {
        return english() ? status.labelEn() : status.labelId();
    }

    public String label(ReportType type) {
        return english() ? type.labelEn() : type.labelId();
    }

    public String label(TimelineEntryType type) {
        return english() ? type.labelEn() : type.labelId();
    }

    /** The partner system's name, or the door: "Situs web", "API". */
    /** A statistics channel code: one of Aduan's doors by its label, a partner system by its name. */
    public String channel(String code, String name) {
        return code.startsWith(Channel.INTEGRATION.name()) ? name : label(Channel.valueOf(code), null);
    }

    /** A number with one decimal, or a dash for none. */
    public String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(value % 1 == 0 ? 0 : 1);
        return format.format(value);
    }

    /** A whole percentage, or a dash for none. */
    public String percent(Integer value) {
        return value == null ? "–" : value + "%";
    }

    public String label(Channel channel, String partner) {
        return english() ? channel.labelEn(partner) : channel.labelId(partner);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
