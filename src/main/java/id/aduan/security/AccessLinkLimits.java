package id.aduan.security;

import org.springframework.stereotype.Component;

/**
 * How many new private links one reporter may be sent ({@code aduan.rate-limits.access-links-per-report}), for the
 * place that compares the address of a request with the reporter's: only requests that gave the reporter's own
 * address count, so that strangers asking with other addresses never use up a reporter's links.
 */
@Component
public class AccessLinkLimits {

    private final RateLimits limits;

    AccessLinkLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** Takes one of the report's new links; false when its reporter had theirs for now. */
    public boolean takeLinkFor(String trackingId) {
        return limits.mayMailAccessLink(trackingId);
    }
}
