package id.aduan.complaint;

/**
 * Filters of the public list of reports; each may be null. A top-level category includes its
 * sub-categories, a province its regencies and cities; an agency means the reports it answers.
 */
public record ComplaintSearch(String agencyCode, String categoryCode, String regionCode, ComplaintStatus status) {}
