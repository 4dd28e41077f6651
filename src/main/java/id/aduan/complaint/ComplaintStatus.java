package id.aduan.complaint;

/** The statuses of a report, with the Indonesian words used in published statistics. */
public enum ComplaintStatus {
    SUBMITTED("Belum diverifikasi", "Not yet verified"),
    DEFERRED("Ditunda", "Deferred"),
    ARCHIVED("Diarsipkan", "Archived"),
    FORWARDED("Belum ditindaklanjuti", "Not yet followed up"),
    IN_PROGRESS("Diproses", "In progress"),
    FOLLOWED_UP("Ditindaklanjuti", "Followed up"),
    COMPLETED("Selesai", "Completed");

    private final String labelId;
    private final String labelEn;

    ComplaintStatus(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean isClosed() {
        return this == ARCHIVED || this == COMPLETED;
    }
}
