package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;

/**
 * Where a report came from, as its timeline's first entry and staff read it: "Diterima melalui Senjang Muba" for a
 * partner's report, "Diteruskan dari Aduan Sumsel, ADU-7K3M-9QXH" for one another Aduan installation forwarded, with
 * its tracking ID there (the partner's reference).
 */
final class ReportOrigin {

    private ReportOrigin() {}

    /** The text of a partner's report; null for a report of Aduan's own doors. */
    static String text(Complaint complaint) {
        if (complaint.getChannelName() == null) {
            return null;
        }
        if (!complaint.isForwarded()) {
            return "Diterima melalui " + complaint.getChannelName();
        }
        return "Diteruskan dari " + complaint.getChannelName()
                + (complaint.getExternalReference() == null ? "" : ", " + complaint.getExternalReference());
    }

    /** The door or partner staff see ("Situs web", "Senjang Muba"), or a forwarded report's origin. */
    static String channelText(Complaint complaint) {
        return complaint.isForwarded()
                ? text(complaint)
                : complaint.getChannel().labelId(complaint.getChannelName());
    }
}
