package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The limits' rules, on Bucket4j's buckets in an in-memory database: 3 reports, 3 + 2 wrong tokens, 2 failures. */
class RateLimitsTest {

    private static final String CLIENT = "203.0.113.7";
    private static final String NEIGHBOUR = "203.0.113.8";

    private final TestRateLimits test = new TestRateLimits(3, 3, 2, 2);
    private final RateLimits limits = test.limits;

    @Test
    void refusesAClientThatHasFiledItsReportsUntilTheNextIsDueAndNoOtherClient() {
        // given
        for (var report = 0; report < 3; report++) {
            assertThat(limits.waitBeforeSubmission(CLIENT)).isEmpty();
            limits.countSubmission(CLIENT);
        }

        // when
        var wait = limits.waitBeforeSubmission(CLIENT);

        // then one report comes back every 20 minutes (3 an hour)
        assertThat(wait)
                .hasValueSatisfying(
                        duration -> assertThat(duration).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
        assertThat(limits.waitBeforeSubmission(NEIGHBOUR)).isEmpty();
        test.clock.advance(Duration.ofMinutes(20));
        assertThat(limits.waitBeforeSubmission(CLIENT)).isEmpty();
    }

    @Test
    void countsEveryReportFiledAtOnceSoThatTheClientWaitsForEachBeyondItsLimit() {
        // given five reports that passed the check together while three were left
        for (var report = 0; report < 5; report++) {
            limits.countSubmission(CLIENT);
        }

        // then the client waits for three refills, one for itself and one for each report beyond the limit
        assertThat(limits.waitBeforeSubmission(CLIENT))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(40)));
    }

    @Test
    void refusesWrongTokensForAReportThatHadItsNumberFromAnyClient() {
        // given two wrong tokens for one report from two clients
        assertThat(limits.countRejectedToken(CLIENT, "ADU-AAAA-AAAA")).isEmpty();
        assertThat(limits.countRejectedToken(NEIGHBOUR, "ADU-AAAA-AAAA")).isEmpty();

        // when a third client tries a wrong token for it
        var wait = limits.countRejectedToken("198.51.100.1", "ADU-AAAA-AAAA");

        // then it is refused, while wrong tokens for other reports are still answered
        assertThat(wait).hasValueSatisfying(duration -> assertThat(duration).isPositive());
        assertThat(limits.countRejectedToken("198.51.100.1", "ADU-BBBB-BBBB")).isEmpty();
    }

    @Test
    void refusesWrongTokensFromAClientThatHadItsNumberForAnyReport() {
        // given three wrong tokens from one client, each for another report
        assertThat(limits.countRejectedToken(CLIENT, "ADU-AAAA-AAAA")).isEmpty();
        assertThat(limits.countRejectedToken(CLIENT, "ADU-BBBB-BBBB")).isEmpty();
        assertThat(limits.countRejectedToken(CLIENT, "ADU-CCCC-CCCC")).isEmpty();

        // when it tries a fourth report
        var wait = limits.countRejectedToken(CLIENT, "ADU-DDDD-DDDD");

        // then it is refused, while another client is not, for the same report
        assertThat(wait)
                .hasValueSatisfying(
                        duration -> assertThat(duration).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
        assertThat(limits.countRejectedToken(NEIGHBOUR, "ADU-DDDD-DDDD")).isEmpty();
    }

    @Test
    void refusesSignInsOfAClientAsAnAccountThatFailedItsNumberUntilOneIsDueAgain() {
        // given
        limits.countFailedSignIn(CLIENT, "verifier");
        assertThat(limits.waitBeforeSignIn(CLIENT, "verifier")).isEmpty();
        limits.countFailedSignIn(CLIENT, "verifier");

        // then one more attempt comes back every 30 minutes (2 an hour); other accounts and clients sign in meanwhile
        assertThat(limits.waitBeforeSignIn(CLIENT, "verifier"))
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(30)));
        assertThat(limits.waitBeforeSignIn(CLIENT, "dinkes-muba-officer")).isEmpty();
        assertThat(limits.waitBeforeSignIn("2001:db8:1:2:0:0:0:0/64", "verifier"))
                .isEmpty();
        test.clock.advance(Duration.ofMinutes(30));
        assertThat(limits.waitBeforeSignIn(CLIENT, "verifier")).isEmpty();
    }

    @Test
    void refusesEverySignInOfAClientThatFailedAsManyAccountsAsItsNumber() {
        // given a client that tried three accounts once each (3 an hour as any account)
        for (var account : new String[] {"verifier", "ombudsman", "demo"}) {
            limits.countFailedSignIn(CLIENT, account);
        }

        // then it may sign in as no account, while another client may
        assertThat(limits.waitBeforeSignIn(CLIENT, "dinkes-muba-officer")).isPresent();
        assertThat(limits.waitBeforeSignIn(NEIGHBOUR, "dinkes-muba-officer")).isEmpty();
    }

    @Test
    void sendsAReporterNoMoreNewLinksThanItsNumberUntilOneIsDueAgain() {
        // given the new links a report's reporter may be sent (2 an hour)
        assertThat(limits.mayMailAccessLink("ADU-AAAA-AAAA")).isTrue();
        assertThat(limits.mayMailAccessLink("ADU-AAAA-AAAA")).isTrue();

        // then no third, while another report's reporter gets theirs, until one is due again
        assertThat(limits.mayMailAccessLink("ADU-AAAA-AAAA")).isFalse();
        assertThat(limits.mayMailAccessLink("ADU-BBBB-BBBB")).isTrue();
        test.clock.advance(Duration.ofMinutes(30));
        assertThat(limits.mayMailAccessLink("ADU-AAAA-AAAA")).isTrue();
    }

    @Test
    void keepsEachKindOfLimitApartForOneClient() {
        // given a client that used up its reports
        for (var report = 0; report < 3; report++) {
            limits.countSubmission(CLIENT);
        }

        // then its sign-ins and wrong tokens are still answered
        assertThat(limits.waitBeforeSignIn(CLIENT, "verifier")).isEmpty();
        assertThat(limits.countRejectedToken(CLIENT, "ADU-AAAA-AAAA")).isEmpty();
    }

    @Test
    void deletesTheRowsOfRefilledBucketsAndKeepsTheOthers() {
        // given a client that filed its reports, and a bucket whose row says it refilled long ago
        var jdbc = new JdbcTemplate(test.database);
        for (var report = 0; report < 3; report++) {
            limits.countSubmission(CLIENT);
        }
        limits.countFailedSignIn(NEIGHBOUR, "verifier");
        jdbc.update(
                "update rate_limit_bucket set expires_at = 1 where id like ?", "failed-sign-ins:" + NEIGHBOUR + "%");

        // when
        test.buckets.removeRefilled();

        // then
        assertThat(jdbc.queryForList("select id from rate_limit_bucket", String.class))
                .containsExactly("submissions:" + CLIENT);
        assertThat(limits.waitBeforeSubmission(CLIENT)).isPresent();
    }
}
