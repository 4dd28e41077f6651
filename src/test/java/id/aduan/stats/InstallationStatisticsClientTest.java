package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.aduan.integration.CallbackUrls;
import id.aduan.system.FieldProblemException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetching another installation's published national figures: the request it makes, what it takes from the answer,
 * and each way it fails, with words an operator can act on. The other installation is a small HTTP server on
 * 127.0.0.1 answering as told.
 */
class InstallationStatisticsClientTest {

    /** An answer of Aduan's {@code GET /api/statistics?period=2026}, shortened to two channels. */
    static final String NATIONAL = """
            {"period":"2026","asOf":"2026-12-01T05:09:55Z","caughtUp":true,
             "national":{"received":181,"notYetVerified":4,"deferred":0,"archived":2,"notYetFollowedUp":39,
               "inProgress":12,"followedUp":3,"completed":65,"completionRate":36,"handedBack":1,"overdue":7,
               "firstAnswers":120,"onTimeRate":88,"medianWorkingDays":2.5,"averageRating":4.2,"ratings":30,
               "objections":2,"duplicates":5,"somethingNewer":true},
             "channels":[{"code":"WEB","name":null,"counts":{"received":170}},{"code":"SMS","name":null}]}
            """;

    private final CallbackUrls urls = mock(CallbackUrls.class);
    private final InstallationStatisticsClient client = new InstallationStatisticsClient(
            new InstallationStatisticsProperties(Duration.ofMinutes(15), Duration.ofSeconds(2)),
            urls,
            new ObjectMapper());

    private HttpServer server;
    private final AtomicReference<String> asked = new AtomicReference<>();
    private volatile int status = 200;
    private volatile byte[] body = NATIONAL.getBytes(StandardCharsets.UTF_8);
    private volatile long delayMillis;
    private volatile long stallMidBodyMillis;

    @BeforeEach
    void startTheOtherInstallation() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.set(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(stallMidBodyMillis);
                out.write(body, body.length / 2, body.length - body.length / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientGone) {
                // the client stopped waiting
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopTheOtherInstallation() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void asksForTheNationalFiguresOfTheYearAndTakesTheirMeasuresPeriodAndTime() {
        var fetched = client.fetch(url() + "/", 2026);

        assertThat(asked.get()).isEqualTo("GET /api/statistics?period=2026");
        assertThat(fetched.period()).isEqualTo("2026");
        assertThat(fetched.asOf()).isEqualTo(Instant.parse("2026-12-01T05:09:55Z"));
        assertThat(fetched.counts().received()).isEqualTo(181);
        assertThat(fetched.counts().notYetFollowedUp()).isEqualTo(39);
        assertThat(fetched.counts().completed()).isEqualTo(65);
        assertThat(fetched.counts().completionRate()).isEqualTo(36);
        assertThat(fetched.counts().onTimeRate()).isEqualTo(88);
        assertThat(fetched.counts().averageRating()).isEqualTo(4.2);
        assertThat(fetched.counts().duplicates()).isEqualTo(5);
    }

    @Test
    void keepsThePathOfAnInstallationServedBelowTheRootOfItsHost() {
        assertThat(InstallationStatisticsClient.statisticsUri("https://example.go.id/aduan", 2026))
                .isEqualTo(URI.create("https://example.go.id/aduan/api/statistics?period=2026"));
        assertThat(InstallationStatisticsClient.statisticsUri("https://example.go.id/aduan/", 2025))
                .isEqualTo(URI.create("https://example.go.id/aduan/api/statistics?period=2025"));
    }

    @Test
    void saysWhatTheInstallationAnsweredWhenItIsNotItsFigures() {
        status = 503;
        assertFails("answered HTTP 503 to GET /api/statistics");

        status = 200;
        body = "<html>Maintenance</html>".getBytes(StandardCharsets.UTF_8);
        assertFails("answered with something other than JSON");

        body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        assertFails("answered without national figures; is it an Aduan installation?");

        body = NATIONAL.replace("\"completed\":65", "\"completed\":\"many\"").getBytes(StandardCharsets.UTF_8);
        assertFails("answered with national figures that are not numbers");

        body = NATIONAL.replace("\"overdue\":7", "\"overdue\":-7").getBytes(StandardCharsets.UTF_8);
        assertFails("answered with a negative number of overdue");

        body = NATIONAL.replace("\"period\":\"2026\",", "").getBytes(StandardCharsets.UTF_8);
        assertFails("answered without the period of its figures");

        body = NATIONAL.replace("2026-12-01T05:09:55Z", "yesterday").getBytes(StandardCharsets.UTF_8);
        assertFails("answered with a time that is not one: asOf");
    }

    @Test
    void readsNoMoreThanAnAnswerOfFiguresNeeds() {
        body = new byte[InstallationStatisticsClient.MAX_BODY + 10];

        assertFails("answered with more than " + InstallationStatisticsClient.MAX_BODY + " bytes");
    }

    @Test
    void waitsNoLongerThanTheTimeoutForAnAnswerStallingInTheMiddleOfItsBody() {
        stallMidBodyMillis = 4000;
        var started = System.nanoTime();

        assertFails("no answer within 2000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void waitsNoLongerThanTheTimeout() {
        delayMillis = 4000;
        var started = System.nanoTime();

        assertFails("no answer within 2000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3500));
    }

    @Test
    void saysWhenNothingListensAtTheAddress() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThatThrownBy(() -> client.fetch("http://127.0.0.1:" + closed, 2026))
                .isInstanceOf(InstallationStatisticsClient.FetchFailed.class)
                .hasMessageStartingWith("could not connect");
    }

    @Test
    void callsNoAddressTheWebhookRulesRefuse() {
        doThrow(new FieldProblemException("callbackUrl", "resolves to a private address"))
                .when(urls)
                .requirePublicAddress(any());

        assertFails("the address resolves to a private address");
        assertThat(asked.get()).isNull();
    }

    private void assertFails(String message) {
        assertThatThrownBy(() -> client.fetch(url(), 2026))
                .isInstanceOf(InstallationStatisticsClient.FetchFailed.class)
                .hasMessage(message);
    }
}
