package id.aduan.notification;

/**
 * A notification was not sent for now (the SMTP server or the SMS gateway did not take it, its template is broken, or
 * the token of its link could not be stored); the job that sends it is retried.
 */
public class NotificationDeliveryException extends RuntimeException {

    NotificationDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
