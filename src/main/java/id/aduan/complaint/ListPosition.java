package id.aduan.complaint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in a list ordered by a time and an id (reports by filing time, overdue follow-ups by the time they became
 * overdue), as a page link names it: the microseconds since 1970 and the id, {@code 1764497730123456.4711}. A page
 * continues from one, so that a deep page costs what the first does.
 */
public record ListPosition(Instant time, long id) {

    /** Before everything: the page after it holds the oldest entries. */
    public static final ListPosition START = new ListPosition(Instant.EPOCH, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

    public ListPosition {
        time = time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The position a link wrote, or empty when the text is not one. */
    public static Optional<ListPosition> parse(String text) {
        var parts = FORM.matcher(text.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        var micros = Long.parseLong(parts.group(1));
        return Optional.of(
                new ListPosition(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(parts.group(2))));
    }

    @Override
    public String toString() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "." + id;
    }
}
