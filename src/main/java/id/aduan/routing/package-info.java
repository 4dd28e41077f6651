/**
 * Disposisi: which bodies must answer a report. {@code ComplaintRoutingDecision.dmn} maps category and
 * region to agencies; this feature adds the verifier's override, the reporter's own choice and the
 * fallback to the region's government and then to the national administrator.
 */
package id.aduan.routing;
