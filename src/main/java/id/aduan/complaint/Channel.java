package id.aduan.complaint;

/** The door a report came in through, counted in the metrics. */
public enum Channel {
    /** The public pages ({@code /lapor}). */
    WEB,
    /** Aduan's API ({@code POST /api/complaints}). */
    API,
    /** A partner system: a regional government's complaint app, a mobile app, an Open311 client, another Aduan. */
    INTEGRATION
}
