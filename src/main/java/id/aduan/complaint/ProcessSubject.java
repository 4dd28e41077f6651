package id.aduan.complaint;

/**
 * The report, and in an agency's follow-up the agency, that a process instance works on. It is found from what
 * staff cannot change through Tasklist or {@code /engine-rest}: the instance's business key (the tracking ID) and
 * the instance's own id, to which the agency's assignment was bound when the instance started. Process variables,
 * which staff may write, never decide it.
 *
 * @param agencyCode the agency of an instance of AgencyFollowUpProcess; null for ComplaintHandlingProcess
 */
public record ProcessSubject(
        long complaintId, String trackingId, ReportType reportType, String requestedAgencyCode, String agencyCode) {}
