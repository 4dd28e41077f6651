package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    // the example of standardwebhooks.com's specification
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SENT = Instant.ofEpochSecond(1614265330L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void signsAsTheStandardWebhooksSpecificationsExample() {
        assertThat(WebhookSignatures.sign(SECRET, ID, Long.parseLong(TIMESTAMP), BODY))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void acceptsTheSpecificationsExampleAmongOtherSignatures() {
        assertThat(WebhookSignatures.valid(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, SENT, TOLERANCE))
                .isTrue();
        assertThat(WebhookSignatures.valid(
                        SECRET, ID, TIMESTAMP, "v1,bm90IGl0 " + SIGNATURE, BODY, SENT.plusSeconds(299), TOLERANCE))
                .isTrue();
    }

    @Test
    void refusesAnotherSecretBodyOrIdAChangedTimestampAndAnOldWebhook() {
        var otherSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);
        assertThat(WebhookSignatures.valid(otherSecret, ID, TIMESTAMP, SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, TIMESTAMP, SIGNATURE, "{\"test\": 1}", SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, "msg_other", TIMESTAMP, SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, "1614265331", SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(301), TOLERANCE))
                .isFalse();
    }

    @Test
    void refusesWhatIsMissingOrMalformed() {
        assertThat(WebhookSignatures.valid(null, ID, TIMESTAMP, SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, null, SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, "yesterday", SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid(SECRET, ID, TIMESTAMP, "v2,abc v1,%%%", BODY, SENT, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignatures.valid("whsec_%%%", ID, TIMESTAMP, SIGNATURE, BODY, SENT, TOLERANCE))
                .isFalse();
    }
}
