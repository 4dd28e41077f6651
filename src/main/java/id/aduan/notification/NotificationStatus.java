package id.aduan.notification;

public enum NotificationStatus {
    /** Waiting to be sent, or to be sent again after a temporary failure. */
    PENDING,
    /** Claimed by a job that is handing it to the SMTP server right now. */
    SENDING,
    SENT,
    /** Rejected for good (such as an unknown address); not tried again. */
    FAILED
}
