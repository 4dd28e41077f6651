package id.aduan.complaint;

/** A report as someone sees it: the reporter in full, anyone else in its public form. */
public sealed interface ComplaintView permits PublicComplaintView, ReporterComplaintView {

    String trackingId();

    /** The report's category, or null until the verifier sets it on a report by SMS. */
    NamedCode category();

    /** The report's region, or null until the verifier sets it on a report by SMS. */
    NamedCode region();
}
