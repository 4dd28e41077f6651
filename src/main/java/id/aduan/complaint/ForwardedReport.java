package id.aduan.complaint;

/**
 * A report as it is forwarded to another Aduan installation that serves the agency it was routed to: its content and
 * protection flags, never anything of the reporter, whose identity stays in this installation's tables.
 *
 * @param rating the reporter's rating, once they accepted the answers
 * @param ratingComment the comment the reporter wrote with it, if any
 */
public record ForwardedReport(
        String trackingId,
        ReportType type,
        String title,
        String description,
        String categoryCode,
        String regionCode,
        Location location,
        boolean anonymous,
        boolean confidential,
        Integer rating,
        String ratingComment) {}
