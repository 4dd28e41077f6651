package id.aduan.integration.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.StaffDesk;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TimelineEntryView;
import id.aduan.integration.IntegrationService;
import id.aduan.region.RegionService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FixMyStreet's own Open311 client ({@code perllib/Open311.pm} of mysociety/fixmystreet, unchanged) against Aduan, as
 * FixMyStreet's jobs use it: read the services and a definition, send a report, pull the agency's answer through
 * mySociety's {@code servicerequestupdates} and the request's status, and send the reporter's update. The client is
 * AGPL, so it is not in this repository: {@code .ci/run} downloads it at a fixed commit into
 * {@code target/fixmystreet/Open311.pm} (or {@code -Daduan.fixmystreet.open311-pm=…} names a copy), and the test checks
 * it is that exact file. It needs Perl with the Debian packages {@code .ci/run} installs; without them the test is
 * skipped with a message, unless {@code aduan.fixmystreet-tests.required=true} (as in CI), where it fails.
 */
@AduanIntegrationTest
class Open311FixMyStreetClientIT {

    /** The git blob of perllib/Open311.pm at mysociety/fixmystreet 84d7c80c5d9abd0d330325742c6b9eedc30b19fd. */
    static final String OPEN311_PM_BLOB = "dff713b650a97368bc7a8746396516de47a05b1f";

    private static final Path OPEN311_PM =
            Path.of(System.getProperty("aduan.fixmystreet.open311-pm", "target/fixmystreet/Open311.pm"));

    /** Every module Open311.pm uses beside FixMyStreet's own, which the stubs stand in for. */
    private static final String MODULES = "use URI; use Moo; use MooX::Types::MooseLike::Base; use XML::Simple;"
            + " use LWP::UserAgent; use DateTime::Format::W3CDTF; use HTTP::Request::Common; use Path::Tiny;"
            + " use Try::Tiny;";

    private static final Logger log = LoggerFactory.getLogger(Open311FixMyStreetClientIT.class);

    @LocalServerPort
    int port;

    @Autowired
    IntegrationService integrations;

    @Autowired
    RegionService regions;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private String apiKey;
    private long partnerId;

    /** What the client lacks here, if anything; found once for all tests. */
    private static List<String> missing;

    @BeforeAll
    static void findWhatTheClientLacks() {
        missing = new ArrayList<String>();
        if (run(List.of("perl", "-e", MODULES)).exitCode() != 0) {
            missing.add("Perl with the modules of Open311.pm (Debian packages: see .ci/run)");
        }
        if (!Files.isRegularFile(OPEN311_PM)) {
            missing.add("FixMyStreet's Open311.pm at " + OPEN311_PM.toAbsolutePath() + " (.ci/run downloads it)");
        } else {
            assertThat(gitBlob(OPEN311_PM))
                    .as("the unchanged Open311.pm of FixMyStreet")
                    .isEqualTo(OPEN311_PM_BLOB);
        }
        if (!missing.isEmpty() && Boolean.getBoolean("aduan.fixmystreet-tests.required")) {
            throw new AssertionError("FixMyStreet's client cannot run: missing " + missing);
        }
        assumeThat(missing)
                .as("FixMyStreet's client is skipped: missing %s", missing)
                .isEmpty();
    }

    @BeforeEach
    void setUp() {
        var partner = TestOpen311Clients.add(integrations, 100);
        apiKey = partner.apiKey();
        partnerId = partner.integration().id();
    }

    @Test
    void readsTheServicesAndTheDefinitionWithTheRegionToAsk() {
        var lines = fixMyStreet(apiKey, "services").lines();

        assertThat(lines).contains(List.of("service", "ROADS", "Jalan dan jembatan", "Infrastruktur", "true"));
        assertThat(lines)
                .contains(
                        List.of("attribute", "report_type", "singlevaluelist", "false", "3"),
                        List.of(
                                "attribute",
                                "region",
                                "singlevaluelist",
                                "true",
                                String.valueOf(regions.list().size())),
                        List.of("attribute", "confidential", "singlevaluelist", "false", "2"));
    }

    @Test
    void sendsAReportPullsTheAgencysAnswerAndSendsTheReportersUpdate() {
        // given FixMyStreet sent a report
        var since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        var trackingId = fixMyStreet(apiKey, "file").value("request");
        assertThat(trackingId).matches(ComplaintLimits.TRACKING_ID_PATTERN);

        // when the agency answers
        var staff = new StaffDesk(tasks, identity);
        staff.verify(trackingId);
        staff.respond("PLN", trackingId, "Lampu sudah diganti.");

        // then FixMyStreet's update job reads the answer, and its status job the request's status
        var until = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(1));
        var updates = fixMyStreet(apiKey, "updates", since.toString(), until.toString())
                .lines();
        var ofTheReport =
                updates.stream().filter(line -> line.get(2).equals(trackingId)).toList();
        assertThat(ofTheReport).extracting(line -> line.get(3)).startsWith("confirmed", "investigating");
        assertThat(ofTheReport)
                .anySatisfy(line -> assertThat(line.subList(3, 5))
                        .containsExactly(
                                "in progress", "Tindak lanjut instansi (PT PLN (Persero)): Lampu sudah diganti."));
        assertThat(ofTheReport).extracting(line -> line.get(1)).doesNotHaveDuplicates();
        var status = fixMyStreet(apiKey, "status", trackingId).lines();
        assertThat(status).singleElement().satisfies(line -> {
            assertThat(line.subList(0, 4))
                    .containsExactly("request", trackingId, "open", "Ditindaklanjuti: Lampu sudah diganti.");
        });

        // and its update job sends the reporter's comment
        assertThat(fixMyStreet(apiKey, "post", trackingId).value("update")).isEqualTo(trackingId + "-777");
        var view = (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.integration(partnerId));
        assertThat(view.title()).isEqualTo("Lampu jalan padam di Jalan Sudirman");
        assertThat(view.reporter().name()).isEqualTo("Ann Example");
        assertThat(view.timeline())
                .filteredOn(entry -> entry.type() == TimelineEntryType.REPORTER_MESSAGE)
                .extracting(TimelineEntryView::text)
                .containsExactly("Masih gelap.\nTolong segera.");
    }

    @Test
    void seesAWrongKeyAsAFailedSendToRetryLater() {
        var refused = fixMyStreet("aduan_wrong-key", "file");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.value("error")).contains("403 Forbidden", "403: api_key");
    }

    /** Runs the client with a command of drive.pl; a successful run must exit 0. */
    private Run fixMyStreet(String key, String command, String... arguments) {
        var folder = resources();
        var commandLine = new ArrayList<>(List.of(
                "perl",
                "-I" + OPEN311_PM.toAbsolutePath().getParent(),
                "-I" + folder.resolve("stubs"),
                folder.resolve("drive.pl").toString(),
                "http://localhost:" + port + "/open311/v2/",
                key,
                command));
        commandLine.addAll(Arrays.asList(arguments));
        var run = run(commandLine);
        if (!key.equals(apiKey)) {
            return run;
        }
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run;
    }

    private static Path resources() {
        try {
            return Path.of(Open311FixMyStreetClientIT.class
                            .getResource("/fixmystreet/drive.pl")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run run(List<String> commandLine) {
        try {
            var process =
                    new ProcessBuilder(commandLine).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("perl ended").isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Git's id of a file's content, which names a version of it whatever the checkout. */
    private static String gitBlob(Path file) {
        try {
            var content = Files.readAllBytes(file);
            var digest = MessageDigest.getInstance("SHA-1");
            digest.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the client printed: tab-separated lines. */
    record Run(int exitCode, String output) {

        List<List<String>> lines() {
            return output.lines().map(line -> List.of(line.split("\t", -1))).toList();
        }

        /** The second field of the first line whose first field is the name. */
        String value(String name) {
            return lines().stream()
                    .filter(line -> line.get(0).equals(name) && line.size() > 1)
                    .map(line -> line.get(1))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " in: " + output));
        }
    }
}
