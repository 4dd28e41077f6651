package id.aduan.complaint;

/**
 * A report as filed, already checked for form: the service checks the codes and the reporter. {@code channel} is
 * the door it came in through, set by that door.
 */
public record NewComplaint(
        ReportType type,
        String title,
        String description,
        String categoryCode,
        String regionCode,
        String agencyCode,
        Location location,
        Reporter reporter,
        boolean anonymous,
        boolean confidential,
        Language language,
        Channel channel) {}
