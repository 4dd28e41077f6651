package id.aduan.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.integration.Partner;
import id.aduan.integration.internal.PartnerEvent;
import id.aduan.integration.internal.PartnerEventRepository;
import id.aduan.system.FieldProblemException;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed, for partners that cannot receive calls: their own events after a cursor, in order, paged, each as
 * the JSON a webhook carries. The cursor is the last position read; positions commit in order, so a page never
 * skips an event that shows up later.
 */
@Service
public class PartnerEventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final PartnerEventRepository events;
    private final ObjectMapper json;

    PartnerEventFeed(PartnerEventRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /**
     * @param after the {@code next} of the previous page, or nothing for the first
     * @param limit how many events at most, {@value #DEFAULT_LIMIT} unless given, at most {@value #MAX_LIMIT}
     */
    @Transactional(readOnly = true)
    public Page page(Partner partner, String after, String limit) {
        var cursor = number(after, 0, "after", "must be the next of an earlier page: a whole number, 0 or more");
        var limitMessage = "must be a whole number from 1 to " + MAX_LIMIT;
        var requested = number(limit, DEFAULT_LIMIT, "limit", limitMessage);
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new FieldProblemException("limit", limitMessage);
        }
        var size = (int) requested;
        var found = events.findByIntegrationIdAndPositionGreaterThanOrderByPosition(
                partner.id(), cursor, Limit.of(size + 1));
        var page = found.subList(0, Math.min(size, found.size()));
        var next = page.isEmpty() ? cursor : page.get(page.size() - 1).getPosition();
        return new Page(page.stream().map(this::read).toList(), Long.toString(next), found.size() > size);
    }

    private JsonNode read(PartnerEvent event) {
        try {
            return json.readTree(event.getPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Partner event " + event.getId() + " does not hold JSON", e);
        }
    }

    private static long number(String value, long absent, String field, String message) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            var number = Long.parseLong(value.strip());
            if (number < 0) {
                throw new FieldProblemException(field, message);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new FieldProblemException(field, message);
        }
    }

    /**
     * A page of the feed.
     *
     * @param next the cursor to ask for the page after this one (the same as asked when nothing new came)
     * @param hasMore whether more events wait right now
     */
    public record Page(List<JsonNode> events, String next, boolean hasMore) {}
}
