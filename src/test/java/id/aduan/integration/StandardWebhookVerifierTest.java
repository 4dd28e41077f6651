package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test receiver's verifier holds to the specification's own example, so that WebhookDeliveryIT proves something. */
class StandardWebhookVerifierTest {

    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330L);

    private final StandardWebhookVerifier verifier =
            new StandardWebhookVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void acceptsTheSpecificationsExampleAmongOtherSignatures() {
        assertThat(verifier.verify(ID, TIMESTAMP, "v1,bm90IGl0 " + SIGNATURE, BODY, THEN.plusSeconds(60)))
                .isTrue();
    }

    @Test
    void refusesAChangedBodyAnotherIdAndAnOldTimestamp() {
        assertThat(verifier.verify(ID, TIMESTAMP, SIGNATURE, BODY.replace('2', '3'), THEN))
                .isFalse();
        assertThat(verifier.verify("msg_other", TIMESTAMP, SIGNATURE, BODY, THEN))
                .isFalse();
        assertThat(verifier.verify(ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(600)))
                .isFalse();
    }
}
