package id.aduan.sms;

/**
 * An SMS to the short code, as the SMS gateway hands it over.
 *
 * @param messageId the gateway's id of the message, the same when it delivers the message again (Kannel's {@code %I})
 * @param from the sender's number in E.164
 * @param to the number it was sent to (the short code), for the log
 * @param text the text, long messages joined, or null when empty
 * @param smsc the operator's SMS centre it came through (Kannel's {@code %i}), for the log
 */
public record IncomingSms(String messageId, String from, String to, String text, String smsc) {

    @Override
    public String toString() {
        return "IncomingSms[" + messageId + "]";
    }
}
