package id.aduan.notification;

/**
 * A transport did not hand a notification over. A permanent failure (an address or number refused for good) is
 * recorded and not tried again; a temporary one (the server is down, slow, or refuses the credentials) keeps the
 * notification for the delivery job's next attempt.
 */
class TransportException extends RuntimeException {

    private final boolean permanent;
    private final String error;

    /**
     * @param error a short description for the outbox and the report's timeline, without the recipient
     * @param message what the job's incident says: what failed and what the operator can do
     */
    TransportException(boolean permanent, String error, String message, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.error = error;
    }

    boolean permanent() {
        return permanent;
    }

    String error() {
        return error;
    }
}
