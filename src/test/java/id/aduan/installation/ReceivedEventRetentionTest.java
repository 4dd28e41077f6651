package id.aduan.installation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import id.aduan.installation.internal.ReceivedEventRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReceivedEventRetentionTest {

    @Test
    void forgetsTheWebhooksReceivedMoreThanThirtyDaysAgo() {
        var received = mock(ReceivedEventRepository.class);
        var now = Instant.parse("2026-03-31T03:00:00Z");

        new ReceivedEventRetention(received, Clock.fixed(now, ZoneOffset.UTC)).forgetOld();

        verify(received).deleteReceivedBefore(Instant.parse("2026-03-01T03:00:00Z"));
    }
}
