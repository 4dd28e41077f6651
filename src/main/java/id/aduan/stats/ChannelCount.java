package id.aduan.stats;

import id.aduan.complaint.Channel;

/**
 * The reports that came in through one door: the pages ({@code WEB}), the API, or one partner system.
 *
 * @param partner the partner system's name, for {@link Channel#INTEGRATION}; otherwise none
 */
public record ChannelCount(Channel channel, String partner, long reports) {}
