package id.aduan.complaint;

/**
 * The verifier's decision to archive a report: the reason from the list, their own words (optional), and for a
 * duplicate the tracking ID of the report it repeats.
 */
public record ArchiveDecision(ArchiveReason reason, String note, String duplicateOf) {}
