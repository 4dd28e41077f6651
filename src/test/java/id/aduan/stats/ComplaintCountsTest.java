package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.ComplaintStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintCountsTest {

    @Test
    void publishesTheCompletionRateAsAWholePercentageOfTheReportsReceived() {
        // as a regional government reports it: 21 complaints, 19 completed (90%), 2 not yet followed up
        var counts = ComplaintCounts.of(Map.of(ComplaintStatus.COMPLETED, 19L, ComplaintStatus.FORWARDED, 2L), 1);

        assertThat(counts.received()).isEqualTo(21);
        assertThat(counts.completed()).isEqualTo(19);
        assertThat(counts.notYetFollowedUp()).isEqualTo(2);
        assertThat(counts.completionRate()).isEqualTo(90);
        assertThat(counts.overdue()).isEqualTo(1);
    }

    @Test
    void roundsTheRateAndHasNoneWithoutReports() {
        assertThat(ComplaintCounts.of(Map.of(ComplaintStatus.COMPLETED, 2L, ComplaintStatus.IN_PROGRESS, 1L), 0)
                        .completionRate())
                .isEqualTo(67);
        assertThat(ComplaintCounts.of(Map.of(), 0).completionRate()).isNull();
    }
}
