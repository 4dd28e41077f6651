package id.aduan.notification;

/** The SMTP server did not take an e-mail for now; the job that sends it is retried. */
public class NotificationDeliveryException extends RuntimeException {

    NotificationDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
