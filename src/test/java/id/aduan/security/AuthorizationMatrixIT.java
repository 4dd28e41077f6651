package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.TestReports;
import id.aduan.portal.TestFiles;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every staff and public surface: Aduan's API, {@code /engine-rest} and the Camunda
 * webapps. Requests that would change data are made invalid on purpose, so that "allowed" shows as a
 * validation error (the check passed) and "denied" as 401 or 403, and nothing changes.
 */
@AduanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    enum Role {
        ANONYMOUS(null),
        OFFICER("dinkes-muba-officer"),
        OTHER_AGENCY_OFFICER("disdukcapil-muba-officer"),
        SUPERVISOR("dinkes-muba-supervisor"),
        NATIONAL_ADMINISTRATOR("verifier"),
        OVERSIGHT("ombudsman"),
        SYSTEM_ADMINISTRATOR("demo");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ComplaintService complaints;

    private String trackingId;
    private String attachmentPath;
    private String taskId;

    @BeforeAll
    void routeAComplaintToTheHealthOfficeOfMusiBanyuasin() {
        var report = complaints.submit(
                TestReports.healthReport(new Reporter("Ani", "ani@example.org", "+62 811 1234 5678"), false, false),
                List.of(new NewAttachment("puskesmas.png", TestFiles.png())));
        trackingId = report.trackingId();
        attachmentPath = "/staff/reports/" + trackingId + "/attachments/"
                + ((ReporterComplaintView) complaints.view(trackingId, report.accessToken()))
                        .attachments()
                        .get(0)
                        .id();
        identity.setAuthentication("verifier", List.of("national-admins"));
        try {
            var verification = tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .singleResult();
            tasks.complete(verification.getId(), Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        } finally {
            identity.clearAuthentication();
        }
        taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .singleResult()
                .getId();
    }

    private ApiClient as(Role role) {
        var api = ApiClient.on(port);
        return role.user == null ? api : api.as(role.user, "demo");
    }

    private static Stream<Arguments> matrix(String allowed, int allowedStatus, int deniedStatus) {
        var allowedRoles = List.of(allowed.split(","));
        return Stream.of(Role.values())
                .map(role -> Arguments.of(
                        role,
                        allowedRoles.contains(role.name())
                                ? allowedStatus
                                : role == Role.ANONYMOUS ? 401 : deniedStatus));
    }

    // Aduan's staff API

    static Stream<Arguments> administrators() {
        return matrix("NATIONAL_ADMINISTRATOR,SYSTEM_ADMINISTRATOR", 400, 403);
    }

    @ParameterizedTest(name = "{0}: POST /api/holidays → {1}")
    @MethodSource("administrators")
    void changingHolidays(Role role, int status) {
        assertThat(as(role).post("/api/holidays", Map.of("date", "not a date")).status())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: POST /api/agencies → {1}")
    @MethodSource("administrators")
    void addingAgencies(Role role, int status) {
        assertThat(as(role).post("/api/agencies", Map.of("code", "x")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: POST /api/regions → {1}")
    @MethodSource("administrators")
    void addingRegions(Role role, int status) {
        assertThat(as(role).post("/api/regions", Map.of("code", "x")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: PUT /api/categories/HEALTH → {1}")
    @MethodSource("administrators")
    void changingCategories(Role role, int status) {
        assertThat(as(role).put("/api/categories/HEALTH", Map.of()).status()).isEqualTo(status);
    }

    static Stream<Arguments> administratorsReading() {
        return matrix("NATIONAL_ADMINISTRATOR,SYSTEM_ADMINISTRATOR", 200, 403);
    }

    @ParameterizedTest(name = "{0}: GET /api/integrations → {1}")
    @MethodSource("administratorsReading")
    void listingPartnerSystems(Role role, int status) {
        assertThat(as(role).get("/api/integrations").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: GET /api/installations → {1}")
    @MethodSource("administratorsReading")
    void listingConnectedInstallations(Role role, int status) {
        assertThat(as(role).get("/api/installations").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: GET /api/statistics/installations → {1}")
    @MethodSource("everyone")
    void readingConnectedInstallationsFigures(Role role, int status) {
        assertThat(as(role).get("/api/statistics/installations").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: GET /api/sms/blocklist → {1}")
    @MethodSource("administratorsReading")
    void listingBlockedSmsNumbers(Role role, int status) {
        assertThat(as(role).get("/api/sms/blocklist").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: POST /api/sms/blocklist → {1}")
    @MethodSource("administrators")
    void blockingSmsNumbers(Role role, int status) {
        assertThat(as(role).post("/api/sms/blocklist", Map.of("phone", "not a number"))
                        .status())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: GET /staff/integrations → {1}")
    @MethodSource("administratorsReading")
    void openingThePartnerSystemsPage(Role role, int status) {
        assertThat(as(role).get("/staff/integrations").status()).isEqualTo(status);
    }

    /**
     * A government's staff: besides administrators only its coordinators (the government's officer group, here
     * {@code pemkab-muba-officer}), not another government's ({@code pemkot-palembang-officer}) nor its units' staff.
     * Changes are sent invalid, so that "allowed" shows as 400.
     */
    static Stream<Arguments> governmentStaff() {
        var coordinators = Stream.of(
                Arguments.of("COORDINATOR", "pemkab-muba-officer", 200, 400),
                Arguments.of("OTHER_GOVERNMENTS_COORDINATOR", "pemkot-palembang-officer", 403, 403));
        var roles = Stream.of(Role.values()).map(role -> {
            var administrator = role == Role.NATIONAL_ADMINISTRATOR || role == Role.SYSTEM_ADMINISTRATOR;
            var denied = role == Role.ANONYMOUS ? 401 : 403;
            return Arguments.of(role.name(), role.user, administrator ? 200 : denied, administrator ? 400 : denied);
        });
        return Stream.concat(coordinators, roles);
    }

    @ParameterizedTest(name = "{0}: the staff of PEMKAB-MUBA (API and page) → {2}, changing it → {3}")
    @MethodSource("governmentStaff")
    void managingAGovernmentsStaff(String role, String user, int reading, int changing) {
        var api = user == null ? ApiClient.on(port) : ApiClient.on(port).as(user, "demo");
        var staff = "/api/governments/PEMKAB-MUBA/staff";
        for (var path : List.of(staff, staff + "/audit", "/staff/governments/PEMKAB-MUBA")) {
            assertThat(api.get(path).status()).as(path).isEqualTo(reading);
        }
        assertThat(api.post(staff, Map.of("userId", "x")).status())
                .as("POST " + staff)
                .isEqualTo(changing);
        assertThat(api.post(staff + "/handover", Map.of("userIds", List.of())).status())
                .as("POST " + staff + "/handover")
                .isEqualTo(changing);
        assertThat(api.put(staff + "/groups/pemkab-muba-liaison/members/Bukan%20Id", Map.of())
                        .status())
                .as("PUT …/members")
                .isEqualTo(changing);
    }

    static Stream<Arguments> administratorsReadingTheMailbox() {
        return matrix("SYSTEM_ADMINISTRATOR", 200, 403);
    }

    @ParameterizedTest(name = "{0}: GET /staff/mailbox → {1}")
    @MethodSource("administratorsReadingTheMailbox")
    void readingTheMailbox(Role role, int status) {
        assertThat(as(role).get("/staff/mailbox").status()).isEqualTo(status);
    }

    static Stream<Arguments> staff() {
        return matrix(
                "OFFICER,OTHER_AGENCY_OFFICER,SUPERVISOR,NATIONAL_ADMINISTRATOR,OVERSIGHT,SYSTEM_ADMINISTRATOR",
                200,
                403);
    }

    @ParameterizedTest(name = "{0}: GET /api/routing → {1}")
    @MethodSource("staff")
    void checkingTheRouting(Role role, int status) {
        var response = as(role).get("/api/routing?categoryCode=HEALTH_FACILITY&regionCode=16.06");
        assertThat(response.status()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.json().get("agencies").findValuesAsText("code")).containsExactly("DINKES-MUBA");
        }
    }

    @ParameterizedTest(name = "{0}: GET /api/overdue → {1}")
    @MethodSource("staff")
    void listingOverdueFollowUps(Role role, int status) {
        assertThat(as(role).get("/api/overdue").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: GET /staff/reports.csv → {1}")
    @MethodSource("staff")
    void exportingReports(Role role, int status) {
        var response = as(role).get("/staff/reports.csv");
        assertThat(response.status()).isEqualTo(status);
        if (status == 200) {
            var exported = response.text().contains(trackingId);
            assertThat(exported)
                    .as("the health office's report in the export")
                    .isEqualTo(role != Role.OTHER_AGENCY_OFFICER);
        }
    }

    static Stream<Arguments> staffOfTheReport() {
        return matrix("OFFICER,SUPERVISOR,NATIONAL_ADMINISTRATOR,OVERSIGHT,SYSTEM_ADMINISTRATOR", 200, 404);
    }

    @ParameterizedTest(name = "{0}: GET /staff/reports/…/attachments/… → {1}")
    @MethodSource("staffOfTheReport")
    void openingTheFilesOfAReport(Role role, int status) {
        assertThat(as(role).get(attachmentPath).status()).isEqualTo(status);
    }

    /** The follow-up task is offered to the officers' group, which the demo supervisor belongs to as well. */
    static Stream<Arguments> staffWhoseTaskItIs() {
        return matrix("OFFICER,SUPERVISOR", 302, 404)
                .map(arguments -> arguments.get()[0] == Role.ANONYMOUS ? Arguments.of(Role.ANONYMOUS, 302) : arguments);
    }

    @ParameterizedTest(name = "{0}: GET /staff/tasks/… (the link in staff e-mails) → {1}")
    @MethodSource("staffWhoseTaskItIs")
    void followingTheLinkToTheTaskOfAReport(Role role, int status) {
        var response = as(role).get("/staff/tasks/" + trackingId);
        assertThat(response.status()).isEqualTo(status);
        if (status == 302) {
            assertThat(response.header("Location"))
                    .endsWith(
                            role == Role.ANONYMOUS
                                    ? "/staff/sign-in?next=%2Fstaff%2Ftasks%2F" + trackingId
                                    : "#/?task=" + taskId);
        }
    }

    static Stream<Arguments> everyone() {
        return matrix(
                "ANONYMOUS,OFFICER,OTHER_AGENCY_OFFICER,SUPERVISOR,NATIONAL_ADMINISTRATOR,OVERSIGHT,SYSTEM_ADMINISTRATOR",
                200,
                200);
    }

    @ParameterizedTest(name = "{0}: public reference data, health, the public view and the API's documentation → {1}")
    @MethodSource("everyone")
    void readingWhatIsPublic(Role role, int status) {
        for (var path : List.of(
                "/api/categories",
                "/api/regions",
                "/api/agencies",
                "/api/holidays?year=2026",
                "/actuator/health",
                "/api/complaints/" + trackingId,
                "/v3/api-docs",
                "/swagger-ui/index.html")) {
            assertThat(as(role).get(path).status()).as(path).isEqualTo(status);
        }
        assertThat(as(role).get("/api/complaints/" + trackingId).text()).doesNotContain("Ani", "ani@example.org");
    }

    // /engine-rest

    static Stream<Arguments> seeingTheAgencyTask() {
        return Stream.of(
                Arguments.of(Role.ANONYMOUS, -1),
                Arguments.of(Role.OFFICER, 1),
                Arguments.of(Role.OTHER_AGENCY_OFFICER, 0),
                Arguments.of(Role.SUPERVISOR, 1),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, 1),
                Arguments.of(Role.OVERSIGHT, 1),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, 1));
    }

    @ParameterizedTest(name = "{0}: GET /engine-rest/task sees {1} task(s) of the complaint")
    @MethodSource("seeingTheAgencyTask")
    void seeingTasks(Role role, int tasksSeen) {
        var response = as(role).get("/engine-rest/task?processInstanceBusinessKey=" + trackingId);
        if (tasksSeen < 0) {
            assertThat(response.status()).isEqualTo(401);
        } else {
            assertThat(response.json()).hasSize(tasksSeen);
        }
    }

    static Stream<Arguments> workingOnTheAgencyTask() {
        // allowed: the completion reaches the form check and fails it (400 naming the field); denied: 403 or 404
        return Stream.of(
                Arguments.of(Role.ANONYMOUS, List.of(401)),
                Arguments.of(Role.OFFICER, List.of(400)),
                Arguments.of(Role.OTHER_AGENCY_OFFICER, List.of(403, 404)),
                Arguments.of(Role.SUPERVISOR, List.of(400)),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, List.of(403)),
                Arguments.of(Role.OVERSIGHT, List.of(403)),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, List.of(400)));
    }

    @ParameterizedTest(name = "{0}: POST /engine-rest/task/…/complete → {1}")
    @MethodSource("workingOnTheAgencyTask")
    void completingTheAgencysTask(Role role, List<Integer> statuses) {
        var response = as(role).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()));
        assertThat(response.status()).as(response.text()).isIn(statuses);
        if (response.status() == 400) {
            assertThat(response.text()).contains("followUpDecision is required");
        }
    }

    static Stream<Arguments> readingHistory() {
        return Stream.of(
                Arguments.of(Role.ANONYMOUS, -1),
                Arguments.of(Role.OFFICER, 0),
                Arguments.of(Role.OTHER_AGENCY_OFFICER, 0),
                Arguments.of(Role.SUPERVISOR, 0),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, 2),
                Arguments.of(Role.OVERSIGHT, 2),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, 2));
    }

    @ParameterizedTest(name = "{0}: GET /engine-rest/process-instance and history see {1} instance(s)")
    @MethodSource("readingHistory")
    void readingInstancesAndHistory(Role role, int instances) {
        var lifecycle = "&processDefinitionKeyIn=ComplaintHandlingProcess,AgencyFollowUpProcess";
        var running = as(role).get("/engine-rest/process-instance?businessKey=" + trackingId + lifecycle);
        var history = as(role).get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + trackingId
                + "&processDefinitionKeyIn=ComplaintHandlingProcess,AgencyFollowUpProcess");
        if (instances < 0) {
            assertThat(running.status()).isEqualTo(401);
            assertThat(history.status()).isEqualTo(401);
        } else {
            assertThat(running.json()).hasSize(instances);
            assertThat(history.json()).hasSize(instances);
        }
    }

    static Stream<Arguments> administeringTheEngine() {
        return matrix("SYSTEM_ADMINISTRATOR", 204, 403);
    }

    @ParameterizedTest(name = "{0}: POST /engine-rest/user/create → {1}")
    @MethodSource("administeringTheEngine")
    void creatingUsers(Role role, int status) {
        var user = "matrix-" + role.name().toLowerCase();
        try {
            var response = as(role).post(
                            "/engine-rest/user/create",
                            Map.of(
                                    "profile",
                                    Map.of("id", user, "firstName", "Matrix", "lastName", "Test"),
                                    "credentials",
                                    Map.of("password", "Rahasia-123")));
            assertThat(response.status()).as(response.text()).isEqualTo(status);
            assertThat(identity.createUserQuery().userId(user).count()).isEqualTo(status == 204 ? 1 : 0);
        } finally {
            if (identity.createUserQuery().userId(user).count() > 0) {
                identity.deleteUser(user);
            }
        }
    }

    @ParameterizedTest(name = "{0}: GET /engine-rest/user sees only themselves unless administrator")
    @MethodSource("everyone")
    void listingUsers(Role role, int ignored) {
        var response = as(role).get("/engine-rest/user?maxResults=200");
        if (role == Role.ANONYMOUS) {
            assertThat(response.status()).isEqualTo(401);
        } else if (role == Role.SYSTEM_ADMINISTRATOR) {
            assertThat(response.json().size()).isGreaterThan(50);
        } else {
            assertThat(response.json().findValuesAsText("id")).containsExactly(role.user);
        }
    }

    @org.junit.jupiter.api.Test
    void reRoutingMovesTheTaskToTheNewAgencyAndOutOfTheOldOnesSight() {
        // given a second complaint with the health office of Musi Banyuasin, which hands it back
        var other = ApiClient.on(port)
                .post("/api/complaints", TestReports.healthComplaint("Ani", "ani@example.org", "+62 811 1234 5678"))
                .json()
                .get("trackingId")
                .asText();
        complete(other, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        complete(other, "dinkes-muba-officer", Map.of("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "BPJS"));

        // when the national administrator re-routes it to BPJS Kesehatan
        complete(other, "verifier", Map.of("newAgencyCode", "BPJS-KESEHATAN"));

        // then BPJS Kesehatan sees the task and the health office no longer does
        var tasksOf = "/engine-rest/task?processInstanceBusinessKey=" + other;
        assertThat(ApiClient.on(port)
                        .as("bpjs-kesehatan-officer", "demo")
                        .get(tasksOf)
                        .json())
                .hasSize(1);
        assertThat(as(Role.OFFICER).get(tasksOf).json()).isEmpty();
        assertThat(as(Role.SUPERVISOR).get(tasksOf).json()).isEmpty();
    }

    private void complete(String trackingId, String user, Map<String, Object> variables) {
        StaffTasks.complete(tasks, identity, trackingId, user, variables);
    }

    // Camunda webapps

    static Stream<Arguments> webapps() {
        return Stream.of(
                Arguments.of(Role.OFFICER, "tasklist", 200),
                Arguments.of(Role.OFFICER, "cockpit", 403),
                Arguments.of(Role.OFFICER, "admin", 403),
                Arguments.of(Role.SUPERVISOR, "tasklist", 200),
                Arguments.of(Role.SUPERVISOR, "cockpit", 403),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, "tasklist", 200),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, "cockpit", 200),
                Arguments.of(Role.NATIONAL_ADMINISTRATOR, "admin", 403),
                Arguments.of(Role.OVERSIGHT, "tasklist", 403),
                Arguments.of(Role.OVERSIGHT, "cockpit", 200),
                Arguments.of(Role.OVERSIGHT, "admin", 403),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, "tasklist", 200),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, "cockpit", 200),
                Arguments.of(Role.SYSTEM_ADMINISTRATOR, "admin", 200));
    }

    @ParameterizedTest(name = "{0}: signing in to {1} → {2}")
    @MethodSource("webapps")
    void signingInToTheCamundaWebapps(Role role, String app, int status) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/camunda/app/" + app + "/default/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        var form = "username=" + URLEncoder.encode(role.user, StandardCharsets.UTF_8) + "&password=demo";
        var login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(status);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
