package id.aduan.integration.web;

import id.aduan.integration.Partner;
import id.aduan.integration.webhook.PartnerEventFeed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed of the partner API: the partner's own events after a cursor, for partners that cannot receive
 * webhooks, or to catch up after their receiver was away.
 */
@RestController
class PartnerEventController {

    private final PartnerEventFeed feed;

    PartnerEventController(PartnerEventFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/partner/v1/events")
    PartnerEventFeed.Page events(
            Partner partner,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String limit) {
        return feed.page(partner, after, limit);
    }
}
