package id.aduan.complaint;

/** The door a report came in through, counted in the metrics and the statistics and shown to staff. */
public enum Channel {
    /** The public pages ({@code /lapor}). */
    WEB("Situs web", "Web"),
    /** Aduan's API ({@code POST /api/complaints}). */
    API("API", "API"),
    /** A partner system: a regional government's complaint app, a mobile app, an Open311 client, another Aduan. */
    INTEGRATION("Sistem mitra", "Partner system"),
    /** SMS to the short code 1708, through the SMS gateway. */
    SMS("SMS 1708", "SMS 1708");

    private final String labelId;
    private final String labelEn;

    Channel(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The partner's name for a partner's report ("Senjang Muba"), otherwise the door ("Situs web"). */
    public String labelId(String partnerName) {
        return partnerName == null ? labelId : partnerName;
    }

    /** The partner's name for a partner's report ("Senjang Muba"), otherwise the door ("Web"). */
    public String labelEn(String partnerName) {
        return partnerName == null ? labelEn : partnerName;
    }
}
