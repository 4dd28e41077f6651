package id.aduan.integration.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Open311's dates: W3C date-times (ISO 8601 with {@code Z} or {@code ±hh:mm}), written to the second in the report's
 * own time zone. Read leniently: a date alone, or a time without zone, is Jakarta time (WIB).
 */
final class Open311Dates {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Open311Dates() {}

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : W3C.format(instant.atZone(zone));
    }

    /**
     * The parameter's value as a moment, or null when it is absent or empty; anything else, or a year outside 1900 to
     * 9999, is a 400 naming it.
     */
    static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var moment = moment(value.strip());
        if (moment == null || moment.isBefore(EARLIEST) || !moment.isBefore(LATEST)) {
            throw Open311Exception.badRequest(parameter + " must be a W3C date-time such as 2026-11-30T10:00:00+07:00");
        }
        return moment;
    }

    private static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return text.contains("T")
                        ? LocalDateTime.parse(text).atZone(JAKARTA).toInstant()
                        : LocalDate.parse(text).atStartOfDay(JAKARTA).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
