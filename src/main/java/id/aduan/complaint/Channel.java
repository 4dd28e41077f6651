package id.aduan.complaint;

/** The door a report came in through, counted in the metrics. */
public enum Channel {
    /** The public pages ({@code /lapor}). */
    WEB,
    /** Aduan's API ({@code POST /api/complaints}). */
    API
}
