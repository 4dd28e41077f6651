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

    /**
     * Hands over the notifications of one batch, one after the other, through what this channel may keep open between
     * them (e-mail: one SMTP connection); closed when the batch is done or failed. By default each is {@link #send
     * sent} on its own.
     */
    default Handover handover() {
        return new Handover() {
            @Override
            public String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink) {
                return NotificationTransport.this.send(notification, values, reporterLink);
            }

            @Override
            public void close() {}
        };
    }

    /** The notifications of one batch on their way out: {@link #send} as the transport's, for each. */
    interface Handover extends AutoCloseable {

        /** As {@link NotificationTransport#send}. */
        String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink);

        /** Closes what was kept open; never fails (a notification handed over stays handed over). */
        @Override
        void close();
    }
}
