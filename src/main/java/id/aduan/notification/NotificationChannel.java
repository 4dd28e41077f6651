package id.aduan.notification;

/**
 * How a notification travels: staff always get e-mail; a reporter gets e-mail, or SMS when they gave only a phone or
 * chose SMS.
 */
public enum NotificationChannel {
    EMAIL,
    /** Through the SMS gateway (Kannel's sendsms); the recipient is the reporter's number in E.164. */
    SMS
}
