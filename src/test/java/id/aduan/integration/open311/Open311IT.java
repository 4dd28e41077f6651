package id.aduan.integration.open311;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.StaffTasks;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.TestReports;
import id.aduan.portal.TestFiles;
import java.net.URI;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: every method in XML and JSON, the specification's errors, its defaults
 * and the extensions clients use (paging, {@code notes}, mySociety's {@code servicerequestupdates}). Each test files
 * its reports on a day of its own, years ahead, and reads that day, so that other tests' reports stay out of sight.
 */
@AduanIntegrationTest
class Open311IT {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private Open311Client open311;
    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        open311 = new Open311Client(api);
        staff = new StaffDesk(tasks, identity);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void discoveryNamesTheEndpointAndBothFormats() {
        var xml = open311.xml("discovery.xml", 200);
        assertThat(xml.value("/discovery/endpoints/endpoint/specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(xml.value("/discovery/endpoints/endpoint/url")).isEqualTo(base());
        assertThat(xml.values("/discovery/endpoints/endpoint/formats/format"))
                .containsExactly("text/xml;charset=utf-8", "application/json;charset=utf-8");
        assertThat(xml.value("/discovery/changeset"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");

        var json = open311.json("discovery.json", 200);
        assertThat(json.at("/endpoints/0/url").asText()).isEqualTo(base());
        assertThat(json.at("/endpoints/0/type").asText()).isEqualTo("production");
    }

    @Test
    void listsEveryCategoryAsAServiceGroupedByItsParent() {
        var xml = open311.xml("services.xml", 200);
        assertThat(xml.value("/services/service[service_code='ROADS']/service_name"))
                .isEqualTo("Jalan dan jembatan");
        assertThat(xml.value("/services/service[service_code='ROADS']/group")).isEqualTo("Infrastruktur");
        assertThat(xml.value("/services/service[service_code='ROADS']/metadata"))
                .isEqualTo("true");
        assertThat(xml.value("/services/service[service_code='ROADS']/type")).isEqualTo("realtime");
        assertThat(xml.value("/services/service[service_code='EDUCATION']/group"))
                .isEqualTo("Pendidikan");

        var json = open311.json("services.json", 200);
        var roads = StreamSupport.stream(json.spliterator(), false)
                .filter(service -> service.get("service_code").asText().equals("ROADS"))
                .findFirst()
                .orElseThrow();
        assertThat(roads.get("group").asText()).isEqualTo("Infrastruktur");
        assertThat(roads.get("metadata").asBoolean()).isTrue();
        assertThat(json.size()).isEqualTo(xml.count("/services/service"));
    }

    @Test
    void definesTheRegionAsARequiredListOfKemendagriCodes() {
        var xml = open311.xml("services/ROADS.xml", 200);
        assertThat(xml.value("/service_definition/service_code")).isEqualTo("ROADS");
        assertThat(xml.values("/service_definition/attributes/attribute/code"))
                .containsExactly("report_type", "region", "anonymous", "confidential", "title");
        var region = "/service_definition/attributes/attribute[code='region']";
        assertThat(xml.value(region + "/datatype")).isEqualTo("singlevaluelist");
        assertThat(xml.value(region + "/required")).isEqualTo("true");
        assertThat(xml.value(region + "/values/value[key='16.06']/name")).isEqualTo("Kabupaten Musi Banyuasin (16.06)");
        assertThat(xml.values("/service_definition/attributes/attribute[code='report_type']/values/value/key"))
                .containsExactly("COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST");
        assertThat(xml.values("/service_definition/attributes/attribute[code='confidential']/values/value/key"))
                .containsExactly("false", "true");

        var json = open311.json("services/ROADS.json", 200);
        assertThat(json.get("service_code").asText()).isEqualTo("ROADS");
        assertThat(json.at("/attributes/1/code").asText()).isEqualTo("region");
        assertThat(json.at("/attributes/1/required").asBoolean()).isTrue();
        assertThat(json.at("/attributes/1/values").findValuesAsText("key")).contains("16.06", "64.02");
        assertThat(json.at("/attributes/4/datatype").asText()).isEqualTo("string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void answersAnUnknownServiceWith404(String format) {
        assertError("services/WEATHER." + format, 404, "WEATHER");
    }

    @Test
    void showsARequestWithItsLocationButNothingOfItsReporter() {
        // given
        now("2031-01-06T09:15");
        var trackingId = fileRoadComplaint();

        // when
        var xml = open311.xml("requests/" + trackingId + ".xml", 200);
        var json = open311.json("requests/" + trackingId + ".json", 200);

        // then
        var request = "/service_requests/request";
        assertThat(xml.count(request)).isEqualTo(1);
        assertThat(xml.value(request + "/service_request_id")).isEqualTo(trackingId);
        assertThat(xml.value(request + "/status")).isEqualTo("open");
        assertThat(xml.value(request + "/status_notes")).isEqualTo("Belum diverifikasi");
        assertThat(xml.value(request + "/service_code")).isEqualTo("ROADS");
        assertThat(xml.value(request + "/service_name")).isEqualTo("Jalan dan jembatan");
        assertThat(xml.value(request + "/title")).isEqualTo("Jalan rusak di Sekayu");
        assertThat(xml.value(request + "/description")).isEqualTo("Jalan poros desa berlubang besar sejak tiga bulan.");
        assertThat(xml.value(request + "/requested_datetime")).isEqualTo("2031-01-06T09:15:00+07:00");
        assertThat(xml.value(request + "/updated_datetime")).isEqualTo("2031-01-06T09:15:00+07:00");
        assertThat(xml.value(request + "/expected_datetime")).isEqualTo("2031-01-09T23:59:59+07:00");
        assertThat(xml.value(request + "/address")).isEqualTo("Jl. Merdeka, Sekayu");
        assertThat(xml.value(request + "/lat")).isEqualTo("-2.883");
        assertThat(xml.value(request + "/long")).isEqualTo("103.85");
        assertThat(xml.value(request + "/agency_responsible")).isEmpty();
        assertThat(xml.count(request + "/notes")).isZero();

        assertThat(json).hasSize(1);
        assertThat(json.at("/0/service_request_id").asText()).isEqualTo(trackingId);
        assertThat(json.at("/0/status").asText()).isEqualTo("open");
        assertThat(json.at("/0/lat").decimalValue()).isEqualByComparingTo("-2.883");
        assertThat(json.at("/0/long").decimalValue()).isEqualByComparingTo("103.85");
        assertThat(json.at("/0/expected_datetime").asText()).isEqualTo("2031-01-09T23:59:59+07:00");
        assertThat(json.get(0).has("notes")).isFalse();

        for (var answer : List.of(xml.text(), json.toString())) {
            assertThat(answer).doesNotContain("Budi", "budi@example.org", "2222", "reporter");
        }
    }

    @Test
    void showsTheAgencysAnswerAndWithExtensionsThePublicTimeline() {
        // given
        now("2031-01-13T08:00");
        var trackingId = fileHealthComplaint(false, false);
        now("2031-01-13T10:00");
        staff.verify(trackingId);
        now("2031-01-14T11:30");
        staff.respond("DINKES-MUBA", trackingId, "Puskesmas kini buka pukul 07.30 setiap hari kerja.");

        // when
        var xml = open311.xml("requests/" + trackingId + ".xml?extensions=true", 200);
        var json = open311.json("requests/" + trackingId + ".json?extensions=true", 200);

        // then
        var request = "/service_requests/request";
        assertThat(xml.value(request + "/status")).isEqualTo("open");
        assertThat(xml.value(request + "/status_notes"))
                .isEqualTo("Ditindaklanjuti: Puskesmas kini buka pukul 07.30 setiap hari kerja.");
        assertThat(xml.value(request + "/agency_responsible")).isEqualTo("Dinas Kesehatan Kabupaten Musi Banyuasin");
        assertThat(xml.value(request + "/updated_datetime")).isEqualTo("2031-01-14T11:30:00+07:00");
        assertThat(xml.value(request + "/expected_datetime"))
                .describedAs("the reporter's window")
                .isNotEmpty();
        assertThat(xml.values(request + "/notes/note/type"))
                .startsWith("opened")
                .contains("activity");
        assertThat(xml.value(request + "/notes/note[last()]/description"))
                .isEqualTo("Puskesmas kini buka pukul 07.30 setiap hari kerja.");
        assertThat(xml.value(request + "/notes/note[last()]/agency"))
                .isEqualTo("Dinas Kesehatan Kabupaten Musi Banyuasin");
        assertThat(xml.value(request + "/extended_attributes/aduan_status")).isEqualTo("FOLLOWED_UP");
        assertThat(xml.value(request + "/extended_attributes/region")).isEqualTo("16.06");

        assertThat(json.at("/0/notes/0/type").asText()).isEqualTo("opened");
        assertThat(json.at("/0/notes/0/datetime").asText()).isEqualTo("2031-01-13T08:00:00+07:00");
        assertThat(json.at("/0/notes").findValuesAsText("summary")).contains("Tindak lanjut instansi");
        assertThat(json.at("/0/extended_attributes/report_type").asText()).isEqualTo("COMPLAINT");
        for (var answer : List.of(xml.text(), json.toString())) {
            assertThat(answer).doesNotContain("Siti", "siti@example.org", "verifier", "dinkes-muba-officer");
        }
    }

    @Test
    void showsAnAnonymousReportWithoutItsReporter() {
        now("2031-01-20T09:00");
        var trackingId = fileHealthComplaint(true, false);

        var xml = open311.xml("requests/" + trackingId + ".xml?extensions=true", 200);
        var json = open311.json("requests.json?service_request_id=" + trackingId + "&extensions=true", 200);

        assertThat(xml.value("/service_requests/request/service_request_id")).isEqualTo(trackingId);
        assertThat(json.at("/0/service_request_id").asText()).isEqualTo(trackingId);
        for (var answer : List.of(xml.text(), json.toString())) {
            assertThat(answer).doesNotContain("Siti", "siti@example.org", "0812", "812 1111");
        }
    }

    @Test
    void neverShowsAConfidentialReport() {
        // given
        now("2031-01-27T09:00");
        var confidential = fileHealthComplaint(false, true);
        var open = fileHealthComplaint(false, false);
        staff.verify(confidential);
        var day = "start_date=2031-01-27T00:00:00%2B07:00&end_date=2031-01-28T00:00:00%2B07:00";

        // then
        assertError("requests/" + confidential + ".xml", 404, confidential);
        assertError("requests/" + confidential + ".json", 404, confidential);
        assertThat(open311.xml("requests.xml?service_request_id=" + confidential + "," + open, 200)
                        .values("//service_request_id"))
                .containsExactly(open);
        assertThat(open311.json("requests.json?" + day, 200).findValuesAsText("service_request_id"))
                .containsExactly(open);
        assertThat(open311.xml("servicerequestupdates.xml?" + day, 200).values("//service_request_id"))
                .containsOnly(open);
    }

    @Test
    void answersAnUnknownRequestWith404() {
        assertError("requests/ADU-0000-0000.xml", 404, "ADU-0000-0000");
        assertError("requests/ADU-0000-0000.json", 404, "ADU-0000-0000");
    }

    @Test
    void filtersByServiceStatusAndDates() {
        // given
        now("2031-02-03T09:00");
        var road = fileRoadComplaint();
        var health = fileHealthComplaint(false, false);
        now("2031-02-04T09:00");
        var archived = fileHealthComplaint(false, false);
        StaffTasks.complete(
                tasks,
                identity,
                archived,
                StaffDesk.VERIFIER,
                Map.of(
                        "verificationDecision",
                        "ARCHIVE",
                        "archiveReasonCode",
                        "TOO_GENERAL",
                        "archiveReason",
                        "Sebutkan lokasinya."));
        var days = "start_date=2031-02-03T00:00:00%2B07:00&end_date=2031-02-04T23:59:59%2B07:00";

        // then
        assertThat(open311.json("requests.json?" + days, 200).findValuesAsText("service_request_id"))
                .containsExactly(archived, health, road);
        assertThat(open311.xml("requests.xml?" + days + "&service_code=ROADS", 200)
                        .values("//service_request_id"))
                .containsExactly(road);
        assertThat(open311.xml("requests.xml?" + days + "&service_code=ROADS,HEALTH_FACILITY&status=open", 200)
                        .values("//service_request_id"))
                .containsExactly(health, road);
        var closed = open311.xml("requests.xml?" + days + "&status=closed", 200);
        assertThat(closed.values("//service_request_id")).containsExactly(archived);
        assertThat(closed.value("//request/status")).isEqualTo("closed");
        assertThat(closed.value("//request/status_notes")).isEqualTo("Diarsipkan: Terlalu umum — Sebutkan lokasinya.");
        assertThat(closed.value("//request/expected_datetime")).isEmpty();
        assertThat(open311.json("requests.json?start_date=2031-02-04&end_date=2031-02-05", 200)
                        .findValuesAsText("service_request_id"))
                .containsExactly(archived);
    }

    @Test
    void listsTheLast90DaysByDefault() {
        // given
        now("2031-03-03T09:00");
        var old = fileRoadComplaint();
        now("2031-06-02T09:00");
        var recent = fileRoadComplaint();

        // then
        var listed = open311.json("requests.json?service_code=ROADS", 200).findValuesAsText("service_request_id");
        assertThat(listed).contains(recent).doesNotContain(old);
        assertThat(open311.xml("requests.xml?service_code=ROADS", 200).values("//service_request_id"))
                .contains(recent)
                .doesNotContain(old);
    }

    @Test
    void listsAtMost1000RequestsAPageNewestFirst() {
        // given 1001 reports a minute apart, straight into the table (they have no process)
        var first = LocalDateTime.parse("2032-05-01T08:00");
        var ids = IntStream.range(0, 1001)
                .mapToObj(i -> "ADU-Z%03d-%04d".formatted(i / 1000, i % 1000))
                .toList();
        try {
            jdbc.batchUpdate(
                    "insert into complaint (tracking_id, type, title, description, category_code, region_code,"
                            + " anonymous, confidential, status, submitted_at, verification_started_at,"
                            + " verification_overdue, channel, version)"
                            + " values (?, 'COMPLAINT', 'Lampu jalan padam', 'Lampu jalan padam sejak sepekan.',"
                            + " 'ELECTRICITY', '16.71', false, false, 'SUBMITTED', ?, ?, false, 'WEB', 0)",
                    IntStream.range(0, ids.size())
                            .mapToObj(i -> {
                                var at = Timestamp.from(
                                        first.plusMinutes(i).atZone(WIB).toInstant());
                                return new Object[] {ids.get(i), at, at};
                            })
                            .toList());
            now("2032-05-02T08:00");

            // when
            var firstPage = open311.json("requests.json?service_code=ELECTRICITY", 200);
            var secondPage = open311.xml("requests.xml?service_code=ELECTRICITY&page=2", 200);
            var smallPage = open311.json("requests.json?service_code=ELECTRICITY&page=3&page_size=10", 200);

            // then
            assertThat(firstPage).hasSize(1000);
            assertThat(firstPage.at("/0/service_request_id").asText()).isEqualTo(ids.get(1000));
            assertThat(secondPage.values("//service_request_id")).containsExactly(ids.get(0));
            assertThat(smallPage.findValuesAsText("service_request_id"))
                    .containsExactlyElementsOf(IntStream.rangeClosed(971, 980)
                            .mapToObj(i -> ids.get(1951 - i))
                            .toList());
        } finally {
            jdbc.batchUpdate(
                    "delete from complaint where tracking_id = ?",
                    ids.stream().map(id -> new Object[] {id}).toList());
        }
    }

    @Test
    void linksTheFirstPhotoOfAReportAsItsMedia() {
        // given
        now("2031-02-10T09:00");
        var trackingId = complaints
                .submit(
                        TestReports.healthReport(new Reporter("Siti", "siti@example.org", null), false, false),
                        List.of(new NewAttachment("puskesmas.png", TestFiles.png())))
                .trackingId();

        // when
        var mediaUrl = open311.json("requests/" + trackingId + ".json", 200)
                .at("/0/media_url")
                .asText();

        // then
        assertThat(mediaUrl).startsWith("http://localhost:" + port + "/laporan/" + trackingId + "/lampiran/");
        var photo = api.get(URI.create(mediaUrl).getPath());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).isEqualTo("image/png");
        assertThat(open311.xml("requests/" + trackingId + ".xml", 200).value("//media_url"))
                .isEqualTo(mediaUrl);
    }

    @Test
    void listsPublicUpdatesForFixMyStreetWithinTheWindow() {
        // given
        now("2031-02-17T08:00");
        var trackingId = fileHealthComplaint(false, false);
        now("2031-02-17T10:00");
        staff.verify(trackingId);
        now("2031-02-18T14:00");
        staff.respond("DINKES-MUBA", trackingId, "Jadwal layanan sudah diperbaiki.");
        var window = "start_date=2031-02-18T06:00:00Z&end_date=2031-02-18T08:00:00Z";

        // when
        var xml = open311.xml("servicerequestupdates.xml?api_key=&jurisdiction_id=aduan&" + window, 200);
        var json = open311.json("servicerequestupdates.json?" + window, 200);

        // then
        var update = "/service_request_updates/request_update[service_request_id='" + trackingId + "']";
        assertThat(xml.count(update)).isEqualTo(1);
        assertThat(xml.value(update + "/update_id")).matches("[1-9][0-9]*");
        assertThat(xml.value(update + "/status")).isEqualTo("in_progress");
        assertThat(xml.value(update + "/updated_datetime")).isEqualTo("2031-02-18T14:00:00+07:00");
        assertThat(xml.value(update + "/description"))
                .isEqualTo("Tindak lanjut instansi (Dinas Kesehatan Kabupaten Musi Banyuasin): Jadwal layanan sudah"
                        + " diperbaiki.");
        assertThat(json.findValuesAsText("update_id")).containsExactly(xml.value(update + "/update_id"));
        assertThat(json.at("/0/service_request_id").asText()).isEqualTo(trackingId);
        var wholeStory = open311.json(
                "servicerequestupdates.json?start_date=2031-02-17T00:00:00%2B07:00&end_date=2031-02-19T00:00:00%2B07:00",
                200);
        assertThat(wholeStory.findValuesAsText("status")).containsExactly("open", "investigating", "in_progress");
    }

    @Test
    void answersTokensWith404AsRequestsAreFiledAtOnce() {
        assertError("tokens/12345.xml", 404, "12345");
        assertError("tokens/12345.json", 404, "12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reports.xml", "reports.json", "services.html", "requests/ADU-0000-0000.csv"})
    void answersUnknownAddressesAndFormatsWith404(String path) {
        var response = open311.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(404);
        assertThat(response.text()).contains("404");
    }

    @Test
    void leavesTheRestOfAduansApiInJsonForClientsThatPreferXml() {
        var response =
                api.with("Accept", "text/html,application/xml;q=0.9,*/*;q=0.8").get("/api/categories");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Nested
    class RefusesBadFilters {

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource({
            "service_code=WEATHER, WEATHER",
            "start_date=yesterday, start_date",
            "end_date=2031-13-45T00:00:00Z, end_date",
            "start_date=%2B999999999-01-01T00:00:00Z, start_date",
            "start_date=2031-01-01T00:00:00Z&end_date=2031-04-02T00:00:00Z, 90 days",
            "start_date=2031-02-01T00:00:00Z&end_date=2031-01-01T00:00:00Z, start_date",
            "status=pending, status",
            "page=0, page",
            "page_size=1001, page_size",
            "page_size=many, page_size"
        })
        void inXmlAndJsonWith400(String query, String named) {
            assertError("requests.xml?" + query, 400, named);
            assertError("requests.json?" + query, 400, named);
            if (query.contains("date") || query.contains("page")) {
                assertError("servicerequestupdates.xml?" + query, 400, named);
            }
        }
    }

    /** The specification's list of errors, in the format of the address, with the status as its code. */
    private void assertError(String path, int status, String described) {
        if (path.contains(".json")) {
            var json = open311.json(path, status);
            assertThat(json.isArray()).isTrue();
            assertThat(json.at("/0/code").asInt()).isEqualTo(status);
            assertThat(json.at("/0/description").asText()).contains(described);
        } else {
            var xml = open311.xml(path, status);
            assertThat(xml.value("/errors/error/code")).isEqualTo(String.valueOf(status));
            assertThat(xml.value("/errors/error/description")).contains(described);
        }
    }

    private String base() {
        return "http://localhost:" + port + "/open311/v2/";
    }

    private String fileRoadComplaint() {
        var report = TestReports.roadComplaintWith(
                "location", Map.of("address", "Jl. Merdeka, Sekayu", "latitude", -2.883, "longitude", 103.85));
        var response = api.post("/api/complaints", report);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("trackingId").asText();
    }

    private String fileHealthComplaint(boolean anonymous, boolean confidential) {
        return complaints
                .submit(
                        TestReports.healthReport(
                                new Reporter("Siti Aminah", "siti@example.org", "+62 812 1111 2222"),
                                anonymous,
                                confidential),
                        List.of())
                .trackingId();
    }

    /** Sets the engine's clock, which Aduan reads, to a time in Jakarta. */
    private static void now(String localDateTime) {
        ClockUtil.setCurrentTime(
                Date.from(LocalDateTime.parse(localDateTime).atZone(WIB).toInstant()));
    }
}
