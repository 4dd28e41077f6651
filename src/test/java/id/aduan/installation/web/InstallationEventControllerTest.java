package id.aduan.installation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.installation.InstallationEvents;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

class InstallationEventControllerTest {

    private final InstallationEvents events = mock(InstallationEvents.class);
    private final InstallationEventController controller = new InstallationEventController(events);

    @Test
    void takesTheSameWebhookArrivingTwiceAtOnceAsARepeat() {
        // given the other copy of the webhook was taken while this one waited on its key
        when(events.receive(eq(3L), any()))
                .thenThrow(new DataIntegrityViolationException("duplicate key installation_event"));
        when(events.taken(3L, "evt_1")).thenReturn(true);

        // when
        var answer = controller.receive(3L, "evt_1", "1773630000", "v1,x", "{}");

        // then
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void passesOnAFailureThatIsNoRepeat() {
        // given
        var failure = new DataIntegrityViolationException("value too long");
        when(events.receive(eq(3L), any())).thenThrow(failure);
        when(events.taken(3L, "evt_2")).thenReturn(false);

        // then
        assertThatThrownBy(() -> controller.receive(3L, "evt_2", "1773630000", "v1,x", "{}"))
                .isSameAs(failure);
    }
}
