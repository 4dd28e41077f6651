package id.aduan.complaint;

public enum ReportType {
    /** Pengaduan. */
    COMPLAINT("Pengaduan", "Complaint"),
    /** Aspirasi. */
    ASPIRATION("Aspirasi", "Aspiration"),
    /** Permintaan informasi. */
    INFORMATION_REQUEST("Permintaan informasi", "Information request");

    private final String labelId;
    private final String labelEn;

    ReportType(String labelId, String labelEn) {
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
