package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void takesTheMiddleAnswerOrTheMeanOfTheTwoMiddleOnes() {
        var odd = new Tally().add(answered(2), 1).add(answered(7), 1).add(answered(3), 1);
        var even = new Tally().add(odd, 1).add(answered(1), 1);

        assertThat(odd.medianAnswerDays()).isEqualTo(3.0);
        assertThat(even.medianAnswerDays()).isEqualTo(2.5);
        assertThat(new Tally().medianAnswerDays()).isNull();
    }

    @Test
    void countsAnswersOfSixtyWorkingDaysOrMoreTogether() {
        var slow = new Tally().add(answered(75), 1);

        assertThat(slow.answerDays()).containsOnlyKeys(Tally.MAX_ANSWER_DAYS);
    }

    @Test
    void takesAReportsOldContributionAwayExactly() {
        var before = Tally.of(Bucket.NOT_YET_FOLLOWED_UP, true, null, null, null, 0);
        var after = Tally.of(Bucket.COMPLETED, false, 4, false, 5, 1);
        var tally = new Tally().add(before, 1);

        tally.add(before, -1).add(after, 1);

        assertThat(tally.get("received")).isEqualTo(1);
        assertThat(tally.get("not_yet_followed_up")).isZero();
        assertThat(tally.get("completed")).isEqualTo(1);
        assertThat(tally.get("overdue")).isZero();
        assertThat(tally.get("answered_on_time")).isZero();
        assertThat(tally.get("rating_sum")).isEqualTo(5);
        assertThat(tally.add(after, -1).isZero()).isTrue();
    }

    @Test
    void doesNotCountAHandedBackReportAsReceived() {
        var handedBack = Tally.of(Bucket.HANDED_BACK, false, null, null, null, 0);

        assertThat(handedBack.get("received")).isZero();
        assertThat(handedBack.get("handed_back")).isEqualTo(1);
    }

    private static Tally answered(int workingDays) {
        return Tally.of(Bucket.COMPLETED, false, workingDays, true, null, 0);
    }
}
