package id.aduan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Tells permanent delivery failures (the server rejects the address or the message: SMTP 5xx, a
 * malformed address) from temporary ones (the server is down, slow, or answers 4xx), which are retried.
 */
final class DeliveryFailures {

    private DeliveryFailures() {}

    static boolean isPermanent(MailException failure) {
        if (failure instanceof MailAuthenticationException) {
            return false;
        }
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            if (send.getCause() != null && isPermanent(send.getCause())) {
                return true;
            }
            for (var cause : send.getFailedMessages().values()) {
                if (isPermanent(cause)) {
                    return true;
                }
            }
            for (var cause : send.getMessageExceptions()) {
                if (isPermanent(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPermanent(Throwable failure) {
        for (var cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException address) {
                return address.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException send) {
                return send.getReturnCode() >= 500;
            }
            if (cause instanceof SendFailedException sendFailed
                    && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0
                    && sendFailed.getNextException() == null) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    /** A short description for the outbox and the timeline, without the recipient's address. */
    static String describe(MailException failure) {
        var root = failure.getMostSpecificCause();
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        var line = message.lines().findFirst().orElse(message).replaceAll("[^\\s<>@:;,]+@[^\\s<>:;,]+", "<address>");
        return line.length() > 900 ? line.substring(0, 900) : line;
    }
}
