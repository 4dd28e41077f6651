package id.aduan.stats;

/** An agency's published numbers: the reports routed to it (and not handed back), by status. */
public record AgencyStatistics(String agencyCode, String agencyName, ComplaintCounts counts) {}
