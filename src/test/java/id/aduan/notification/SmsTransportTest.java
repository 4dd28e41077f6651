package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import com.sun.net.httpserver.HttpServer;
import id.aduan.complaint.Language;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The sendsms call as Kannel takes it, against a loopback server standing in for Kannel's smsbox. */
class SmsTransportTest {

    private static final String PHONE = "+6281234567890";
    private static final String DELIVERY_REPORTS =
            "http://127.0.0.1:8080/api/sms/kannel/delivery-report?secret=s3cret%2B";

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile String answer = "0: Accepted for delivery";
    /** Kannel's answers wait for it while {@link #answerLate} is set: Kannel holds the request without answering. */
    private final CountDownLatch answers = new CountDownLatch(1);

    private volatile boolean answerLate;
    private HttpServer kannel;
    private SmsTransport transport;

    @BeforeEach
    void startKannel() throws IOException {
        kannel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kannel.createContext("/cgi-bin/sendsms", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            if (answerLate) {
                try {
                    answers.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            var body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        kannel.start();
        transport = transport("http://127.0.0.1:" + kannel.getAddress().getPort() + "/cgi-bin/sendsms");
    }

    @AfterEach
    void stopKannel() {
        answers.countDown();
        kannel.stop(0);
    }

    private static SmsTransport transport(String sendsmsUrl) {
        var properties = new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", null, null, 0);
        var sms = new SmsProperties(
                true,
                sendsmsUrl,
                "aduan",
                "p@ss word+",
                "1708",
                DELIVERY_REPORTS,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        return new SmsTransport(new SmsComposer(new SmsTemplates(properties)), mock(SmsOptOuts.class), sms);
    }

    private static Notification sms(NotificationKind kind) {
        var notification =
                new Notification(7L, "batch", kind, NotificationChannel.SMS, PHONE, Language.ID, "{}", Instant.now());
        ReflectionTestUtils.setField(notification, "id", 42L);
        return notification;
    }

    private static Map<String, Object> values(String reason) {
        var values = new HashMap<String, Object>();
        values.put("trackingId", "ADU-7K3M-9QXH");
        values.put("verificationDays", 3);
        values.put("reason", reason);
        return values;
    }

    @Test
    void sendsEveryParameterUrlEncodedWithADeliveryReportUrlNamingTheNotification() {
        // when
        var subject = transport.send(sms(NotificationKind.ARCHIVED), values("Duplikat & di luar wewenang"), () -> "-");

        // then Kannel took it
        assertThat(subject).isNull();
        assertThat(queries).hasSize(1);
        var query = queries.get(0);
        // and the + of the number and the password arrive as %2B, not as a space
        assertThat(query).contains("to=%2B6281234567890", "password=p%40ss+word%2B");
        var parameters = SendsmsQueries.parameters(query);
        assertThat(parameters)
                .containsEntry("username", "aduan")
                .containsEntry("password", "p@ss word+")
                .containsEntry("from", "1708")
                .containsEntry("to", PHONE)
                .containsEntry("text", "ADU-7K3M-9QXH: Laporan Anda diarsipkan. Alasan: Duplikat & di luar wewenang")
                .containsEntry("charset", "UTF-8")
                .containsEntry("dlr-mask", "31")
                .doesNotContainKey("coding");
        // and the delivery report URL is one parameter, with Kannel's escapes left for Kannel to fill in
        assertThat(parameters.get("dlr-url")).isEqualTo(DELIVERY_REPORTS + "&notification=42&type=%d&answer=%A");
        assertThat(query).contains("dlr-url=http%3A%2F%2F127.0.0.1%3A8080%2F", "%26notification%3D42%26type%3D%25d");
    }

    @Test
    void asksForUcs2OnlyForTextsOutsideTheGsmAlphabet() {
        transport.send(sms(NotificationKind.ARCHIVED), values("Duplikat 🙏"), () -> "-");

        var parameters = SendsmsQueries.parameters(queries.get(0));
        assertThat(parameters)
                .containsEntry("coding", "2")
                .containsEntry("charset", "UTF-8")
                .containsEntry("text", "ADU-7K3M-9QXH: Laporan Anda diarsipkan. Alasan: Duplikat 🙏");
    }

    @Test
    void countsAnSmsQueuedByKannelAsSent() {
        answer = "3: Queued for later delivery";

        assertThat(transport.send(sms(NotificationKind.COMPLETED), values(""), () -> "-"))
                .isNull();
    }

    @Test
    void countsAnSmsWhoseRequestKannelGotButDidNotAnswerAsSentSoThatItNeverGoesTwice() {
        // given a Kannel that takes the request and does not answer within the read timeout (2 s)
        answerLate = true;

        // when
        var subject = transport.send(sms(NotificationKind.COMPLETED), values(""), () -> "-");

        // then it is not sent again
        assertThat(subject).isNull();
        assertThat(queries).hasSize(1);
    }

    @Test
    void makesTheReporterALinkOnlyForATemplateThatShowsOne() {
        var links = new AtomicInteger();
        Supplier<String> link = () -> "https://aduan.test/laporan/ADU-7K3M-9QXH?token=t" + links.incrementAndGet();

        transport.send(sms(NotificationKind.COMPLETED), values(""), link);
        assertThat(links).hasValue(0);

        transport.send(sms(NotificationKind.RECEIPT), values(""), link);
        assertThat(links).hasValue(1);
        assertThat(SendsmsQueries.parameters(queries.get(1)).get("text")).contains("?token=t1 ");
    }

    @Test
    void recordsANumberKannelRefusesAsAPermanentFailureWithoutTheNumber() {
        status = 400;
        answer = "Invalid receiver number +6281234567890 (081234567890)";

        var failure = catchThrowableOfType(
                TransportException.class, () -> transport.send(sms(NotificationKind.COMPLETED), values(""), () -> "-"));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.error())
                .isEqualTo("Kannel answered HTTP 400: Invalid receiver number +62812****7890 (+62812****7890)")
                .doesNotContain("81234567890");
    }

    @Test
    void triesAgainWhenKannelFailsOrRefusesTheCredentials() {
        for (var failing : new int[] {500, 503, 401, 403}) {
            status = failing;
            answer = "Temporal failure, try again later";

            var failure = catchThrowableOfType(
                    TransportException.class,
                    () -> transport.send(sms(NotificationKind.COMPLETED), values(""), () -> "-"));

            assertThat(failure.permanent()).as("HTTP %d", failing).isFalse();
            assertThat(failure.getMessage()).contains("SMS 42", "retry the incident in Cockpit");
        }
    }

    @Test
    void triesAgainWhileKannelIsDown() {
        // given nothing listens where Kannel was
        var url = "http://127.0.0.1:" + kannel.getAddress().getPort() + "/cgi-bin/sendsms";
        kannel.stop(0);

        var failure = catchThrowableOfType(
                TransportException.class,
                () -> transport(url).send(sms(NotificationKind.COMPLETED), values(""), () -> "-"));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.error()).startsWith("no answer from Kannel: ConnectException");
    }
}
