package id.aduan.sms;

/**
 * The SMS gateway delivered an SMS again while its first delivery is still being handled (smsbox gave up waiting for
 * the answer, or the node handling it stopped): the gateway is to ask again a little later.
 */
public class SmsBeingHandledException extends RuntimeException {

    public SmsBeingHandledException(String messageId) {
        super("SMS " + messageId + " is being handled: ask again in a few seconds");
    }
}
