package id.aduan.complaint;

/** A report as someone sees it: the reporter in full, anyone else in its public form. */
public sealed interface ComplaintView permits PublicComplaintView, ReporterComplaintView {

    String trackingId();

    NamedCode category();

    NamedCode region();
}
