package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.integration.webhook.WebhookProperties;
import id.aduan.system.FieldProblemException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlsTest {

    private final CallbackUrls production = new CallbackUrls(
            "https://aduan.example.go.id", new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), false));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hooks",
                "http://[::1]/hooks",
                "http://[0:0:0:0:0:0:0:1]:8080/hooks",
                "http://10.1.2.3/hooks",
                "http://172.16.0.9/hooks",
                "http://192.168.1.20/hooks",
                "http://169.254.169.254/latest/meta-data",
                "http://[fd00::1]/hooks",
                "http://0.0.0.0/hooks"
            })
    void refusesCallbacksThatLeadInsideAdunsNetwork(String url) {
        assertThatThrownBy(() -> production.check(url, IntegrationKind.MOBILE_APP))
                .isInstanceOfSatisfying(
                        FieldProblemException.class,
                        problem -> assertThat(problem.error().field()).isEqualTo("callbackUrl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/hooks", "https://user:secret@93.184.216.34/hooks", "not a url"})
    void refusesWhatIsNoHttpUrlWithoutCredentials(String url) {
        assertThatThrownBy(() -> production.check(url, IntegrationKind.MOBILE_APP))
                .isInstanceOf(FieldProblemException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://aduan.example.go.id/engine-rest/task", "http://localhost:8080/actuator/env"})
    void refusesAdunsOwnAdministrativeEndpointsEvenWherePrivateAddressesAreAllowed(String url) {
        var development = new CallbackUrls(
                "https://aduan.example.go.id",
                new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), true));

        assertThatThrownBy(() -> development.check(url, IntegrationKind.MOBILE_APP))
                .isInstanceOf(FieldProblemException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hooks/aduan", "http://8.8.8.8:8443/webhook"})
    void acceptsAReceiverOnAPublicAddress(String url) {
        assertThat(production.check(url, IntegrationKind.MOBILE_APP)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8081/api/installations/7/events",
                "http://localhost:9090/api/installations/12/events"
            })
    void acceptsAnotherInstallationsReceiverOnTheSameHostOnlyAsAnInstallationsCallback(String url) {
        var development = new CallbackUrls(
                "http://localhost:8080", new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), true));

        assertThat(development.check(url, IntegrationKind.ADUAN_INSTALLATION)).isEqualTo(url);
        assertThatThrownBy(() -> development.check(url, IntegrationKind.REGIONAL_APP))
                .isInstanceOfSatisfying(
                        FieldProblemException.class,
                        problem -> assertThat(problem.error().field()).isEqualTo("callbackUrl"));
    }
}
