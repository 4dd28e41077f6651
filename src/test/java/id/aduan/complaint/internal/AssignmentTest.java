package id.aduan.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final Instant ROUTED = Instant.parse("2026-03-16T02:00:00Z");

    @Test
    void isMarkedOverdueOnceARoundSoThatTheTimelineSaysItOnce() {
        var assignment = new Assignment(7L, "DINKES-MUBA", ROUTED, 5);

        // the other installation said so first, then the wait here for its decision ran out
        assertThat(assignment.markOverdue(ROUTED.plusSeconds(86_400 * 8))).isTrue();
        assertThat(assignment.markOverdue(ROUTED.plusSeconds(86_400 * 10))).isFalse();
        assertThat(assignment.getOverdueSince()).isEqualTo(ROUTED.plusSeconds(86_400 * 8));
    }
}
