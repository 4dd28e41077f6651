package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped kannel/kannel.conf on a real Kannel, with a loopback HTTP server in Aduan's place: what Kannel sends the
 * application for a phone's SMS, what becomes of the application's answers and of its sendsms calls, and what sendsms
 * answers while Kannel or the SMS centre is down (README, SMS 1708).
 */
class KannelGatewayIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static Application application;
    private static KannelGateway kannel;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startKannel() {
        var gateway = KannelGateway.create();
        application = new Application();
        kannel = gateway.start(application.url());
    }

    @AfterAll
    static void stopKannel() {
        if (kannel != null) {
            kannel.close();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aPhonesSmsReachesTheApplicationAndItsAnswerIsTheReply() {
        // given
        var phone = "+6281100000001";
        application.answers(request -> Answer.text("Terima kasih. Laporan ADU-7K3M-9Q2 diterima."));

        // when
        kannel.phoneSends(phone, "LAPOR  Jalan rusak   di depan pasar");

        // then
        var request = application.awaitRequestFrom(phone);
        assertThat(request.path()).isEqualTo("/api/sms/kannel/incoming");
        assertThat(request.parameters())
                .containsEntry("secret", "demo-kannel-secret")
                .containsEntry("to", "1708")
                .containsEntry("text", "LAPOR Jalan rusak di depan pasar")
                .containsEntry("smsc", "fake");
        assertThat(request.parameter("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(request.parameter("time")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        var reply = kannel.awaitMessageTo(phone, sms -> true, WAIT);
        assertThat(reply)
                .isEqualTo(
                        new KannelGateway.Sms("1708", phone, "Terima kasih. Laporan ADU-7K3M-9Q2 diterima.", 1, false));
    }

    @Test
    void anAnswerWithEmojiAndXKannelCoding2ArrivesIntact() {
        // given
        var phone = "+6281100000002";
        application.answers(request -> Answer.ucs2("Laporan Anda kami terima 👍 “Terima kasih”"));

        // when
        kannel.phoneSends(phone, "LAPOR sampah menumpuk");

        // then
        var reply = kannel.awaitMessageTo(phone, sms -> true, WAIT);
        assertThat(reply.text()).isEqualTo("Laporan Anda kami terima 👍 “Terima kasih”");
        assertThat(reply.ucs2()).isTrue();
    }

    @Test
    void anAnswerLongerThanOneSmsArrivesWholeInParts() {
        // given
        var phone = "+6281100000003";
        var gsm = "Laporan ADU-7K3M-9Q2 sudah diteruskan ke Dinas Pekerjaan Umum. "
                .repeat(5)
                .strip();
        var ucs2 = "Jawaban dinas 🙏: jalan akan diperbaiki minggu ini, terima kasih atas laporan Anda.";
        application.answers(
                request -> request.parameter("text").contains("UCS2") ? Answer.ucs2(ucs2) : Answer.text(gsm));

        // when
        kannel.phoneSends(phone, "CEK ADU7K3M9Q2");
        kannel.phoneSends(phone, "CEK ADU7K3M9Q2 UCS2");

        // then
        var long7Bit = kannel.awaitMessageTo(phone, sms -> !sms.ucs2(), WAIT);
        assertThat(long7Bit.text()).isEqualTo(gsm);
        assertThat(long7Bit.parts()).isEqualTo(3);
        var longUcs2 = kannel.awaitMessageTo(phone, KannelGateway.Sms::ucs2, WAIT);
        assertThat(longUcs2.text()).isEqualTo(ucs2);
        assertThat(longUcs2.parts()).isEqualTo(2);
    }

    @Test
    void anSmsWithEmojiReachesTheApplicationAsUtf8() {
        // given
        var phone = "+6281100000004";
        var text = "LAPOR Lampu jalan mati 💡 di Jl. Merdeka – sejak kemarin, tolong dicek ya 🙏";

        // when
        kannel.phoneSends(phone, text);

        // then
        assertThat(application.awaitRequestFrom(phone).parameter("text")).isEqualTo(text);
    }

    @Test
    void aLongSmsReachesTheApplicationAsOneText() {
        // given
        var phone = "+6281100000005";
        var text = "LAPOR Saluran air di Jalan Sudirman nomor 12 tersumbat sampah sejak tiga hari yang lalu dan air"
                + " meluap ke jalan setiap kali hujan turun sehingga pengendara motor harus memutar lewat gang"
                + " sempit di belakang pasar dan warga khawatir akan terjadi banjir yang lebih besar.";

        // when
        kannel.phoneSends(phone, text);

        // then
        assertThat(text).hasSizeGreaterThan(160);
        assertThat(application.awaitRequestFrom(phone).parameter("text")).isEqualTo(text);
        assertThat(application.requestsFrom(phone)).hasSize(1);
    }

    @Test
    void sendsmsReachesThePhoneAndKannelCallsTheDlrUrlWithEachReport() throws Exception {
        // given
        var phone = "+6281100000006";
        var text = "Laporan ADU-7K3M-9Q2 selesai ✅ Balas TERIMA ADU7K3M9Q2 1-5 untuk menilai.";

        // when
        var answer = sendsms(phone, text, "n6");

        // then
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).isEqualTo("0: Accepted for delivery");
        var sms = kannel.awaitMessageTo(phone, message -> true, WAIT);
        assertThat(sms).isEqualTo(new KannelGateway.Sms("1708", phone, text, 2, true));
        var delivered = application.await(report("n6", "1"), "a delivery report of type 1 (delivered)");
        assertThat(delivered.parameters()).containsEntry("to", phone);
        var accepted = application.await(report("n6", "8"), "a delivery report of type 8 (accepted by the SMSC)");
        assertThat(accepted.parameters()).containsEntry("answer", "ACK/");
    }

    @Test
    void whileKannelIsStoppedSendsmsRefusesConnectionsAndAfterARestartTheSmsSentAgainArrivesOnce() throws Exception {
        // given
        var phone = "+6281100000007";
        kannel.stop();

        // when
        assertThatThrownBy(() -> sendsms(phone, "Laporan ADU-7K3M-9Q2 diteruskan ke dinas.", "n7"))
                .isInstanceOf(ConnectException.class);
        kannel.restart();
        var answer = sendsms(phone, "Laporan ADU-7K3M-9Q2 diteruskan ke dinas.", "n7");

        // then
        assertThat(answer.body()).isEqualTo("0: Accepted for delivery");
        kannel.awaitMessageTo(phone, sms -> true, WAIT);
        awaitNothingPending();
        assertThat(kannel.messagesTo(phone)).hasSize(1);
    }

    @Test
    void whileTheSmscIsOfflineSendsmsQueuesTheSmsWhichSurvivesARestartOfKannelAndArrivesOnce() throws Exception {
        // given
        var phone = "+6281100000008";
        kannel.stopSmsc();

        // when
        var answer = sendsms(phone, "Dinas meminta keterangan tambahan untuk ADU-7K3M-9Q2.", "n8");
        kannel.stop();
        kannel.restart();

        // then
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).isEqualTo("3: Queued for later delivery");
        var sms = kannel.awaitMessageTo(phone, message -> true, WAIT);
        assertThat(sms.text()).isEqualTo("Dinas meminta keterangan tambahan untuk ADU-7K3M-9Q2.");
        application.await(report("n8", "1"), "a delivery report of type 1 (delivered) after the restart");
        awaitNothingPending();
        assertThat(kannel.messagesTo(phone)).hasSize(1);
    }

    private static Predicate<Request> report(String reference, String type) {
        return request -> request.path().equals("/dlr")
                && reference.equals(request.parameter("ref"))
                && type.equals(request.parameter("type"));
    }

    /** Until bearerbox holds no SMS any more: nothing else can reach a phone. */
    private static void awaitNothingPending() {
        await().atMost(WAIT).until(() -> kannel.status().contains("(0 queued), store size 0"));
    }

    /** Aduan's sendsms call: UTF-8 text in UCS-2, every report to the application's /dlr with a reference. */
    private HttpResponse<String> sendsms(String phone, String text, String reference)
            throws IOException, InterruptedException {
        var dlrUrl = application.url() + "/dlr?ref=" + reference + "&type=%d&answer=%A&to=%p";
        var query = Map.of(
                        "username",
                        kannel.username(),
                        "password",
                        kannel.password(),
                        "to",
                        phone,
                        "text",
                        text,
                        "charset",
                        "UTF-8",
                        "coding",
                        "2",
                        "dlr-mask",
                        "31",
                        "dlr-url",
                        dlrUrl)
                .entrySet()
                .stream()
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(kannel.sendsmsUrl() + "?" + query))
                        .timeout(WAIT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call from Kannel: the path, and the query's parameters decoded as UTF-8. */
    private record Request(String path, Map<String, String> parameters) {

        String parameter(String name) {
            return parameters.get(name);
        }
    }

    /** The application's answer: a text/plain body and X-Kannel headers. */
    private record Answer(String text, Map<String, String> headers) {

        static Answer text(String text) {
            return new Answer(text, Map.of());
        }

        static Answer ucs2(String text) {
            return new Answer(text, Map.of("X-Kannel-Coding", "2"));
        }
    }

    /** The application on 127.0.0.1: records each call and answers it as the test says. */
    private static final class Application implements AutoCloseable {

        private final HttpServer server;
        private final List<Request> requests = new ArrayList<>();
        private volatile Function<Request, Answer> answers = request -> Answer.text("");

        Application() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        void answers(Function<Request, Answer> answers) {
            this.answers = answers;
        }

        Request awaitRequestFrom(String phone) {
            return await(request -> phone.equals(request.parameter("from")), "a request from " + phone);
        }

        List<Request> requestsFrom(String phone) {
            synchronized (requests) {
                return requests.stream()
                        .filter(request -> phone.equals(request.parameter("from")))
                        .toList();
            }
        }

        Request await(Predicate<Request> condition, String what) {
            var deadline = Instant.now().plus(WAIT);
            synchronized (requests) {
                while (true) {
                    var found = requests.stream().filter(condition).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                    var left = Duration.between(Instant.now(), deadline);
                    if (left.isNegative() || left.isZero()) {
                        throw new AssertionError("Kannel made no " + what + " within " + WAIT + "; it made " + requests
                                + kannel.logTail());
                    }
                    try {
                        requests.wait(left.toMillis() + 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError(e);
                    }
                }
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            var parameters = new LinkedHashMap<String, String>();
            var query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                Arrays.stream(query.split("&"))
                        .map(parameter -> parameter.split("=", 2))
                        .forEach(pair -> parameters.put(
                                URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                                pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
            }
            var request = new Request(exchange.getRequestURI().getPath(), parameters);
            var answer = request.path().equals("/dlr") ? Answer.text("") : answers.apply(request);
            synchronized (requests) {
                requests.add(request);
                requests.notifyAll();
            }
            var body = answer.text().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
