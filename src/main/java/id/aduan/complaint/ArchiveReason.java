package id.aduan.complaint;

/**
 * Why the verifier archived a report, from the fixed list of the verification form ({@code archiveReasonCode}), in
 * Indonesian and English. Reports archived before the list existed have none; their reason is their timeline's text.
 */
public enum ArchiveReason {
    TOO_GENERAL("Terlalu umum", "Too general"),
    NOT_PUBLIC_SERVICE("Bukan tentang pelayanan publik", "Not about public services"),
    UNCLEAR("Tidak jelas", "Unclear"),
    /** A report about the same matter as an open one: it follows that one ({@code duplicateOf}). */
    DUPLICATE("Duplikat dari laporan lain", "Duplicate of another report"),
    OUT_OF_SCOPE(
            "Perkara hukum, pidana atau korupsi (di luar lingkup)",
            "Legal, criminal or corruption case (out of scope)");

    private final String labelId;
    private final String labelEn;

    ArchiveReason(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }
}
