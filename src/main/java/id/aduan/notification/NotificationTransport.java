package id.aduan.notification;

import id.aduan.complaint.ReporterContact;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One way notifications leave the outbox: e-mail over SMTP, or SMS through the SMS gateway. */
interface NotificationTransport {

    NotificationChannel channel();

    /** Where this channel reaches the reporter, if it does: their address, or their number while it takes SMS. */
    Optional<String> reporterAddress(ReporterContact contact);

    /**
     * Renders the notification from its values and hands it over.
     *
     * @param reporterLink makes the reporter's private link, with a new token stored at once: called only for a
     *     notification to the reporter, right before it leaves
     * @return the subject of an e-mail; null for an SMS, which has none
     * @throws TransportException when it was not handed over, for now or for good
     */
    String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink);
}
