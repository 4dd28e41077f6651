package id.aduan.stats;

/**
 * What a tally row sums: the whole country, one agency, category, region or channel (the {@code scope} column); and,
 * rolled up from the agencies' rows through the agency hierarchy ({@link Hierarchy}), a regional government with its
 * units and a province with every agency in it; and the whole country on each filing day (period: that day), for the
 * edge days of a range of days.
 */
enum Scope {
    NATIONAL,
    AGENCY,
    CATEGORY,
    REGION,
    CHANNEL,
    GOVERNMENT,
    PROVINCE,
    DAY;

    /** The code of the national tally, and of reports without a category or region yet. */
    static final String NONE = "-";

    private static final String PARTNER = "INTEGRATION:";

    static String partnerChannel(long integrationId) {
        return PARTNER + integrationId;
    }

    /** The partner system's id of a channel code, or null for one of Aduan's own doors. */
    static Long partnerOf(String channel) {
        return channel.startsWith(PARTNER) ? Long.valueOf(channel.substring(PARTNER.length())) : null;
    }
}
