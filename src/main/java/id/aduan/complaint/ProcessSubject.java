package id.aduan.complaint;

/**
 * The report, and in an agency's follow-up the agency, that a process instance works on. It is found from what
 * staff cannot change through Tasklist or {@code /engine-rest}: the instance's business key (the tracking ID) and
 * the instance's own id, to which the agency's assignment was bound when the instance started. Process variables,
 * which staff may write, never decide it.
 *
 * @param agencyCode the agency of an instance of AgencyFollowUpProcess; null for ComplaintHandlingProcess
 * @param forwarded whether another Aduan installation forwarded the report here: "not our authority" returns it there
 * @param verificationSkipped whether it goes straight to the agency that installation routed it to
 */
public record ProcessSubject(
        long complaintId,
        String trackingId,
        ReportType reportType,
        String requestedAgencyCode,
        String agencyCode,
        boolean forwarded,
        boolean verificationSkipped) {

    /** A report of Aduan's own doors or of a partner that is no Aduan installation. */
    public ProcessSubject(
            long complaintId, String trackingId, ReportType reportType, String requestedAgencyCode, String agencyCode) {
        this(complaintId, trackingId, reportType, requestedAgencyCode, agencyCode, false, false);
    }
}
