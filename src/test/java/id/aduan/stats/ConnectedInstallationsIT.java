package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.agency.AgencyDetails;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.integration.InstallationConnection;
import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Connected installations in the national statistics, over real HTTP on 127.0.0.1: the other installation is the
 * application under test itself (a real Aduan publishing real figures at its {@code /api/statistics}), and an
 * unreachable one is an address where nothing listens. Each serves a regency of its own made for this test, so that
 * no other test's reports are routed there.
 */
@AduanIntegrationTest
class ConnectedInstallationsIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    @LocalServerPort
    int port;

    @Autowired
    IntegrationService integrations;

    @Autowired
    AgencyService agencies;

    @Autowired
    StatisticsService statistics;

    @Autowired
    InstallationStatistics installationStatistics;

    private ApiClient api;
    private String suffix;
    private final List<Long> connected = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Suspends the connections this test made: the full-stack tests share one database and its national page. */
    @org.junit.jupiter.api.AfterEach
    void suspendTheConnections() {
        connected.forEach(id -> integrations.changeStatus(id, IntegrationStatus.SUSPENDED));
    }

    @Test
    void publishesEachConnectedInstallationsFiguresWithTheirTimeAndKeepsThemWhenItIsDown() throws IOException {
        // given this installation's own national figures as it publishes them, and the regencies connected so far
        statistics.refresh();
        installationStatistics.refresh();
        var before = api.get("/api/statistics").json();
        var published = before.path("national").path("received").asLong();

        // when two installations are connected, each serving a regency of this installation's hierarchy: one that
        // answers (this application, at its own address) and one where nothing listens
        var answering = connect("Aduan Uji " + suffix, "http://127.0.0.1:" + port, "A");
        var downId = connect("Aduan Mati " + suffix, "http://127.0.0.1:" + closedPort(), "B");
        var fetched = installationStatistics.refresh();

        // then the national statistics show the answering one's figures of this year with the time they were fetched
        var national = api.get("/api/statistics").json();
        var year = String.valueOf(statistics.currentYear());
        var shown = installation(national, "Aduan Uji " + suffix);
        assertThat(fetched).isGreaterThanOrEqualTo(1);
        assertThat(shown.path("name").asText()).isEqualTo("Aduan Uji " + suffix);
        assertThat(shown.path("period").asText()).isEqualTo(year);
        assertThat(shown.path("counts").path("received").asLong()).isEqualTo(published);
        assertThat(shown.path("reachable").asBoolean()).isTrue();
        var fetchedAt = Instant.parse(shown.path("fetchedAt").asText());
        assertThat(fetchedAt).isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(Instant.parse(shown.path("attemptedAt").asText())).isEqualTo(fetchedAt);
        // and nothing of the connection: that is for national administrators
        assertThat(shown.has("integrationId")).isFalse();
        assertThat(shown.has("url")).isFalse();
        assertThat(shown.has("servedAgencies")).isFalse();
        assertThat(shown.has("lastError")).isFalse();
        assertThat(shown.has("failedAt")).isFalse();
        // and the one that is down as not reached at the last attempt, without figures or why
        var unreachable = installation(national, "Aduan Mati " + suffix);
        assertThat(unreachable.path("reachable").asBoolean()).isFalse();
        assertThat(unreachable.path("attemptedAt").isTextual()).isTrue();
        assertThat(unreachable.path("counts").isNull()).isTrue();
        assertThat(unreachable.has("lastError")).isFalse();
        assertThat(national.toString()).doesNotContain("could not connect", "127.0.0.1");
        // while national administrators see the error and the address
        var listed = api.as("verifier", "demo").get("/api/installations").json();
        var down = StreamSupport.stream(listed.spliterator(), false)
                .filter(installation -> installation.path("integrationId").asLong() == downId)
                .findFirst()
                .orElseThrow();
        assertThat(down.path("lastError").asText()).startsWith("could not connect");
        assertThat(down.path("url").asText()).startsWith("http://127.0.0.1:");
        // and both regencies count as connected, since a connected installation serves them
        assertThat(national.path("connected").path("year").asText()).isEqualTo(year);
        assertThat(national.path("connected").path("governments").asLong())
                .isEqualTo(before.path("connected").path("governments").asLong() + 2);
        assertThat(national.path("connected").path("connected").asLong())
                .isEqualTo(before.path("connected").path("connected").asLong() + 2);

        // and the national page shows the figures labelled with their time, when the other was not reached (not why),
        // and the regencies connected
        var page = api.get("/statistik");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Aduan Uji " + suffix, "Aduan Mati " + suffix)
                .doesNotContain("http://127.0.0.1", "could not connect")
                .contains(fetchedLabel(fetchedAt))
                .contains("Tidak dapat dihubungi pada ")
                .contains(national.path("connected").path("connected").asLong() + " dari "
                        + national.path("connected").path("governments").asLong() + " kabupaten/kota terhubung pada "
                        + year);
        // and the open data has a line for each
        var csv = api.get("/api/statistics/installations.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text())
                .startsWith("name,period,fetchedAt,asOf,attemptedAt,reachable,received,")
                .contains("Aduan Uji " + suffix + "," + year + "," + fetchedAt)
                .contains("Aduan Mati " + suffix)
                .doesNotContain("127.0.0.1", "could not connect");
        assertThat(api.get("/statistik/terhubung").text()).contains(regencyName("A"), regencyName("B"));

        // when the answering installation goes down (its address no longer answers) and the figures are fetched again
        integrations.update(answering, details("Aduan Uji " + suffix, "http://127.0.0.1:" + closedPort(), "A"));
        installationStatistics.refresh();

        // then its last figures stay published with the time they were fetched, beside the time of the failed attempt
        var afterwards = installation(api.get("/api/statistics").json(), "Aduan Uji " + suffix);
        assertThat(afterwards.path("counts").path("received").asLong()).isEqualTo(published);
        assertThat(Instant.parse(afterwards.path("fetchedAt").asText())).isEqualTo(fetchedAt);
        assertThat(afterwards.path("reachable").asBoolean()).isFalse();
        assertThat(Instant.parse(afterwards.path("attemptedAt").asText())).isAfterOrEqualTo(fetchedAt);
        var pageAfterwards = api.get("/statistik");
        assertThat(pageAfterwards.status()).isEqualTo(200);
        assertThat(pageAfterwards.text()).contains(fetchedLabel(fetchedAt));
    }

    @Test
    void listsTheConnectedInstallationsForNationalAdministratorsWithWhetherTheyAreReachable() throws IOException {
        // given a suspended installation that was never reached
        var suspended = integrations
                .create(new IntegrationDetails(
                        "Aduan Ditangguhkan " + suffix,
                        IntegrationKind.ADUAN_INSTALLATION,
                        null,
                        null,
                        "admin@aduan.example",
                        IntegrationStatus.SUSPENDED,
                        null,
                        100,
                        600,
                        new InstallationConnection(
                                "http://127.0.0.1:" + closedPort(), null, null, false, List.of(regency("C")))))
                .integration()
                .id();
        installationStatistics.refresh();

        // when a national administrator lists the connected installations
        var listed = api.as("verifier", "demo").get("/api/installations");

        // then it is there with its address and the agency it serves, not fetched (suspended), never its keys
        assertThat(listed.status()).isEqualTo(200);
        var shown = StreamSupport.stream(listed.json().spliterator(), false)
                .filter(installation -> installation.path("integrationId").asLong() == suspended)
                .findFirst()
                .orElseThrow();
        assertThat(shown.path("active").asBoolean()).isFalse();
        assertThat(shown.path("reachable").asBoolean()).isFalse();
        assertThat(shown.path("attemptedAt").isNull()).isTrue();
        assertThat(shown.path("servedAgencies").get(0).path("name").asText()).isEqualTo(regencyName("C"));
        assertThat(listed.text()).doesNotContain("apiKey", "webhookSecret");
        // and the public statistics leave a suspended one out
        assertThat(api.get("/api/statistics/installations").text()).doesNotContain("Aduan Ditangguhkan " + suffix);
    }

    private long connect(String name, String url, String regency) {
        regency(regency);
        var id = integrations.create(details(name, url, regency)).integration().id();
        connected.add(id);
        return id;
    }

    private IntegrationDetails details(String name, String url, String regency) {
        return new IntegrationDetails(
                name,
                IntegrationKind.ADUAN_INSTALLATION,
                null,
                null,
                "admin@aduan.example",
                IntegrationStatus.ACTIVE,
                null,
                100,
                600,
                new InstallationConnection(url, null, null, false, List.of(regencyCode(regency))));
    }

    /** A regency of this test alone, without a region, so that no report is routed to it by its region. */
    private String regency(String letter) {
        agencies.create(
                regencyCode(letter),
                new AgencyDetails(regencyName(letter), AgencyLevel.REGENCY_CITY, null, null, OfficeTimeZone.WIB));
        return regencyCode(letter);
    }

    private String regencyCode(String letter) {
        return "PEMKAB-INST-" + suffix + "-" + letter;
    }

    private String regencyName(String letter) {
        return "Pemerintah Kabupaten Instalasi " + suffix + " " + letter;
    }

    /** The label of figures fetched at a time, as the national page shows it: per 1 Desember 2026 pukul 05.10 WIB. */
    private static String fetchedLabel(Instant fetchedAt) {
        var at = fetchedAt.atZone(WIB);
        return "class=\"fetched-at\">per " + DATE.format(at) + " pukul " + TIME.format(at) + " WIB<";
    }

    private static JsonNode installation(JsonNode national, String name) {
        return StreamSupport.stream(national.path("installations").spliterator(), false)
                .filter(installation -> installation.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + national));
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
