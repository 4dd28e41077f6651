package id.aduan.notification;

import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.routing.AgencyGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A {@link NotificationService} for tests of delivery: the real content and transports over the given outbox. */
final class DeliveringNotificationService {

    private DeliveringNotificationService() {}

    static NotificationService of(
            NotificationRepository notifications,
            NotificationOutbox outbox,
            ComplaintSummaries complaints,
            NotificationProperties properties,
            List<NotificationTransport> transports) {
        return new NotificationService(
                notifications,
                outbox,
                complaints,
                new NotificationRecipients(
                        complaints, mock(StaffRecipients.class), mock(AgencyGroups.class), transports),
                new NotificationContent(
                        complaints,
                        new ReporterAccessProperties(Duration.ofDays(30)),
                        properties,
                        DeadlineProperties.defaults(),
                        new ObjectMapper()),
                transports,
                Clock.fixed(Instant.parse("2026-03-16T03:00:00Z"), ZoneOffset.UTC));
    }
}
