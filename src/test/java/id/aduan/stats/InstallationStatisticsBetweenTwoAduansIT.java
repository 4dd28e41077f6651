package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.AduanNode;
import id.aduan.ApiClient;
import id.aduan.agency.AgencyDetails;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.TestReports;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.integration.InstallationConnection;
import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two Aduan installations side by side, each with its own database, on 127.0.0.1: the application under test (say the
 * national one) is connected to a second Aduan (a regency's) started in a JVM of its own. The regency's published
 * figures appear in the national statistics with the time they were fetched; when the regency's Aduan is down, they
 * stay, with the error of the last attempt, and the pages still answer.
 */
@AduanIntegrationTest
class InstallationStatisticsBetweenTwoAduansIT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;

    @Autowired
    IntegrationService integrations;

    @Autowired
    AgencyService agencies;

    @Autowired
    InstallationStatistics installationStatistics;

    @Test
    void showsTheOtherInstallationsPublishedFiguresWithTheirTimeAndKeepsThemWhileItIsDown() throws Exception {
        var api = ApiClient.on(port);
        var suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var regency = "PEMKAB-DUA-" + suffix;
        agencies.create(
                regency,
                new AgencyDetails(
                        "Pemerintah Kabupaten Dua " + suffix,
                        AgencyLevel.REGENCY_CITY,
                        null,
                        null,
                        OfficeTimeZone.WIB));

        long connection;
        JsonNode published;
        try (var second = AduanNode.start(
                List.of(
                        "--spring.datasource.url=jdbc:h2:mem:regency-" + UUID.randomUUID()
                                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                        "--aduan.statistics.refresh-interval=1s",
                        "--logging.level.root=WARN"),
                Path.of("target", "second-aduan", "regency.log"))) {
            // given the regency's own Aduan (the default run, its own database in memory), where two reports were
            // filed, publishing its figures
            second.awaitReady(Duration.ofMinutes(3));
            var regencyApi = ApiClient.on(second.port());
            for (var i = 0; i < 2; i++) {
                var filed = regencyApi.post(
                        "/api/complaints",
                        TestReports.healthComplaint("Siti", "siti" + i + "@example.org", "+62 811 5400 100" + i));
                assertThat(filed.status()).as(filed.text()).isEqualTo(201);
            }
            published = awaitReceived(regencyApi, 2);

            // when this installation is connected to it and fetches its figures
            connection = integrations
                    .create(new IntegrationDetails(
                            "Aduan Kabupaten Dua " + suffix,
                            IntegrationKind.ADUAN_INSTALLATION,
                            null,
                            null,
                            "admin@dua.example",
                            IntegrationStatus.ACTIVE,
                            null,
                            100,
                            600,
                            new InstallationConnection(second.url(), null, null, false, List.of(regency))))
                    .integration()
                    .id();
            assertThat(installationStatistics.refresh()).isGreaterThanOrEqualTo(1);
        }

        // then the national statistics show the regency's figures, its own, with the time they were fetched
        var shown = installation(api.get("/api/statistics").json(), "Aduan Kabupaten Dua " + suffix);
        assertThat(shown.path("counts").path("received").asLong()).isEqualTo(2);
        assertThat(shown.path("counts").path("notYetVerified").asLong())
                .isEqualTo(published.path("national").path("notYetVerified").asLong());
        assertThat(shown.path("period").asText())
                .isEqualTo(published.path("period").asText());
        assertThat(shown.path("asOf").asText()).isNotBlank();
        assertThat(shown.path("reachable").asBoolean()).isTrue();
        var fetchedAt = Instant.parse(shown.path("fetchedAt").asText());

        // when the regency's Aduan is down (stopped above) at the next fetch
        installationStatistics.refresh();

        // then its figures stay with the time they were fetched, beside the time of the attempt that did not reach it
        var afterwards = installation(api.get("/api/statistics").json(), "Aduan Kabupaten Dua " + suffix);
        assertThat(afterwards.path("counts").path("received").asLong()).isEqualTo(2);
        assertThat(Instant.parse(afterwards.path("fetchedAt").asText())).isEqualTo(fetchedAt);
        assertThat(afterwards.path("reachable").asBoolean()).isFalse();
        assertThat(Instant.parse(afterwards.path("attemptedAt").asText())).isAfter(fetchedAt);
        assertThat(afterwards.has("lastError")).isFalse();
        // and national administrators see why
        var listed = api.as("verifier", "demo").get("/api/installations").json();
        var failed = StreamSupport.stream(listed.spliterator(), false)
                .filter(installation -> installation.path("integrationId").asLong() == connection)
                .findFirst()
                .orElseThrow();
        assertThat(failed.path("lastError").asText()).startsWith("could not connect: nothing answers at 127.0.0.1:");
        // and the national page answers with both
        var at = fetchedAt.atZone(WIB);
        var page = api.get("/statistik");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Aduan Kabupaten Dua " + suffix)
                .doesNotContain("could not connect", "melayani: Pemerintah Kabupaten Dua " + suffix)
                .contains("class=\"fetched-at\">per "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))
                                .format(at)
                        + " pukul " + DateTimeFormatter.ofPattern("HH.mm").format(at) + " WIB<")
                .contains("Tidak dapat dihubungi pada ");
        integrations.changeStatus(connection, IntegrationStatus.SUSPENDED);
    }

    /** The installation's published figures once they count this many reports (its refresh runs every second). */
    private static JsonNode awaitReceived(ApiClient api, long received) throws InterruptedException {
        var end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var figures = api.get("/api/statistics").json();
            if (figures.path("national").path("received").asLong() >= received
                    || Instant.now().isAfter(end)) {
                assertThat(figures.path("national").path("received").asLong()).isEqualTo(received);
                return figures;
            }
            Thread.sleep(500);
        }
    }

    private static JsonNode installation(JsonNode national, String name) {
        return StreamSupport.stream(national.path("installations").spliterator(), false)
                .filter(installation -> installation.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + national));
    }
}
