package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.TestReports;
import id.aduan.security.AuthorizationMatrixIT.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every way of writing through Camunda's REST API, aimed at the health office's own follow-up
 * task of a report: task, local, process instance and execution variables (set, modify, delete, binary), comments,
 * attachments, identity links, assignee, delegation, the task itself, BPMN errors and escalations, form
 * submissions with fields the form does not have, message correlation and triggers, and changes to the instance.
 * After each attempt nothing may have changed: not the task, its candidates, its form's context, the instances'
 * variables, nor another agency's confidential report.
 *
 * <p>Endpoints covered (below {@code /engine-rest}, and {@code /engine/default} and the webapps'
 * {@code /camunda/api/engine/engine/default} for the ones Aduan refuses itself): {@link #attacks()}.
 */
@AduanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestAttackIT {

    private static final String JSON = "application/json";
    private static final String BOUNDARY = "aduan-attack";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    ComplaintService complaints;

    @Autowired
    ProcessSubjects subjects;

    /** The health office's report, its follow-up task and instances. */
    private String report;

    private String taskId;
    private String executionId;
    private String followUpId;
    private String handlingId;
    private Map<String, Object> taskContext;
    private Map<String, Object> handlingVariables;

    /** PLN's confidential report, which the officer of the health office must never reach. */
    private String confidentialReport;

    private String confidentialToken;
    private long confidentialId;
    private int confidentialTimeline;

    /** A deferred report, waiting for the reporter's answer. */
    private String deferredReport;

    private String deferredExecutionId;

    @BeforeAll
    void routeAReportToTheHealthOfficeAndAConfidentialOneToPln() {
        report = file(TestReports.healthComplaint("Ani", "ani@example.org", "+62 811 1234 5678"))
                .json()
                .get("trackingId")
                .asText();
        complete(report, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var task = tasks.createTaskQuery().processInstanceBusinessKey(report).singleResult();
        taskId = task.getId();
        executionId = task.getExecutionId();
        followUpId = task.getProcessInstanceId();
        handlingId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(report)
                .processDefinitionKey("ComplaintHandlingProcess")
                .singleResult()
                .getId();
        taskContext = taskVariables();
        handlingVariables = runtime.getVariables(handlingId);

        var confidential = TestReports.roadComplaintWith("confidential", true);
        confidential.put("title", "Tagihan listrik rahasia");
        var filed = file(confidential).json();
        confidentialReport = filed.get("trackingId").asText();
        confidentialToken = filed.get("accessToken").asText();
        complete(
                confidentialReport,
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "agencyCode", "PLN"));
        confidentialId =
                subjects.of(confidentialReport, handlingOf(confidentialReport)).complaintId();
        confidentialTimeline = confidentialTimeline();

        deferredReport =
                file(TestReports.roadComplaint()).json().get("trackingId").asText();
        complete(deferredReport, "verifier", Map.of("verificationDecision", "DEFER", "infoRequest", "Di mana?"));
        deferredExecutionId = runtime.createEventSubscriptionQuery()
                .processInstanceId(handlingOf(deferredReport))
                .eventName("ReporterReplied")
                .singleResult()
                .getExecutionId();
    }

    /** One attempt: what a client sends, and whether Aduan refuses it for everyone, administrators included. */
    record Attack(String name, String method, String path, String contentType, String body, Kind kind) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Kind {
        /** The engine's authorizations refuse it to staff; system administrators may (and are not tried). */
        ENGINE_REFUSES_STAFF,
        /** Aduan refuses it to everyone. */
        REFUSED_FOR_EVERYONE,
        /** A completion with a field the form does not have: refused (400) to those who may work the task. */
        FORM_WITH_EXTRA_FIELDS,
        /** The task given to someone outside its candidate groups: refused to everyone who may sign in (403). */
        GIVEN_TO_AN_OUTSIDER
    }

    static List<Attack> attacks() {
        var extraFields = "{\"variables\":{\"followUpDecision\":{\"value\":\"RESPOND\"},"
                + "\"followUpText\":{\"value\":\"Sudah ditangani.\"},"
                + "\"complaintId\":{\"value\":{confidentialId},\"type\":\"Long\"},"
                + "\"agencyCode\":{\"value\":\"PLN\"}}}";
        var modification = "{\"modifications\":{\"complaintId\":{\"value\":{confidentialId},\"type\":\"Long\"}}}";
        var value = "{\"value\":\"PLN\",\"type\":\"String\"}";
        var binary = multipart("data", "application/octet-stream", "x");
        var refusedByStaff = Kind.ENGINE_REFUSES_STAFF;
        var refused = Kind.REFUSED_FOR_EVERYONE;
        return List.of(
                new Attack("task variables", "POST", "/task/{task}/variables", JSON, modification, refusedByStaff),
                new Attack("task variable", "PUT", "/task/{task}/variables/complaintId", JSON, value, refusedByStaff),
                new Attack(
                        "task variable", "DELETE", "/task/{task}/variables/followUpText", null, null, refusedByStaff),
                new Attack(
                        "binary task variable",
                        "POST",
                        "/task/{task}/variables/complaintId/data",
                        MULTIPART,
                        binary,
                        refusedByStaff),
                new Attack(
                        "local variables", "POST", "/task/{task}/localVariables", JSON, modification, refusedByStaff),
                new Attack("local variable", "PUT", "/task/{task}/localVariables/title", JSON, value, refusedByStaff),
                new Attack("local variable", "DELETE", "/task/{task}/localVariables/title", null, null, refusedByStaff),
                new Attack(
                        "binary local variable",
                        "POST",
                        "/task/{task}/localVariables/title/data",
                        MULTIPART,
                        binary,
                        refusedByStaff),
                new Attack(
                        "instance variables",
                        "POST",
                        "/process-instance/{followUp}/variables",
                        JSON,
                        modification,
                        refusedByStaff),
                new Attack(
                        "instance variable",
                        "PUT",
                        "/process-instance/{followUp}/variables/agencyCode",
                        JSON,
                        value,
                        refusedByStaff),
                new Attack(
                        "instance variable",
                        "DELETE",
                        "/process-instance/{handling}/variables/complexity",
                        null,
                        null,
                        refusedByStaff),
                new Attack(
                        "binary instance variable",
                        "POST",
                        "/process-instance/{followUp}/variables/complaintId/data",
                        MULTIPART,
                        binary,
                        refusedByStaff),
                new Attack(
                        "execution variables",
                        "POST",
                        "/execution/{execution}/localVariables",
                        JSON,
                        modification,
                        refusedByStaff),
                new Attack(
                        "execution variable",
                        "PUT",
                        "/execution/{execution}/localVariables/agencyCode",
                        JSON,
                        value,
                        refusedByStaff),
                new Attack(
                        "execution variable",
                        "DELETE",
                        "/execution/{execution}/localVariables/agencyCode",
                        null,
                        null,
                        refusedByStaff),
                new Attack(
                        "identity link",
                        "POST",
                        "/task/{task}/identity-links",
                        JSON,
                        "{\"groupId\":\"pln-officers\",\"type\":\"candidate\"}",
                        refusedByStaff),
                new Attack(
                        "identity link",
                        "POST",
                        "/task/{task}/identity-links/delete",
                        JSON,
                        "{\"groupId\":\"dinkes-muba-officers\",\"type\":\"candidate\"}",
                        refusedByStaff),
                new Attack(
                        "assignee",
                        "POST",
                        "/task/{task}/assignee",
                        JSON,
                        "{\"userId\":\"ombudsman\"}",
                        Kind.GIVEN_TO_AN_OUTSIDER),
                new Attack(
                        "claim for someone else",
                        "POST",
                        "/task/{task}/claim",
                        JSON,
                        "{\"userId\":\"pln-officer\"}",
                        Kind.GIVEN_TO_AN_OUTSIDER),
                new Attack(
                        "delegation",
                        "POST",
                        "/task/{task}/delegate",
                        JSON,
                        "{\"userId\":\"ombudsman\"}",
                        refusedByStaff),
                new Attack(
                        "task",
                        "PUT",
                        "/task/{task}",
                        JSON,
                        "{\"name\":\"Follow up complaint\",\"due\":\"2030-01-01T00:00:00.000+0000\"}",
                        refusedByStaff),
                new Attack(
                        "message",
                        "POST",
                        "/message",
                        JSON,
                        "{\"messageName\":\"ReporterReplied\",\"businessKey\":\"{deferred}\"}",
                        refusedByStaff),
                new Attack(
                        "message trigger",
                        "POST",
                        "/execution/{deferredExecution}/messageSubscriptions/ReporterReplied/trigger",
                        JSON,
                        "{}",
                        refusedByStaff),
                new Attack(
                        "instance modification",
                        "POST",
                        "/process-instance/{followUp}/modification",
                        JSON,
                        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"UserTask_FollowUpComplaint\"}]}",
                        refusedByStaff),
                new Attack("instance", "DELETE", "/process-instance/{followUp}", null, null, refusedByStaff),
                new Attack(
                        "suspension",
                        "PUT",
                        "/process-instance/{followUp}/suspended",
                        JSON,
                        "{\"suspended\":true}",
                        refusedByStaff),
                new Attack(
                        "comment", "POST", "/task/{task}/comment/create", JSON, "{\"message\":\"Catatan\"}", refused),
                new Attack(
                        "comment",
                        "POST",
                        "/engine/default/task/{task}/comment/create",
                        JSON,
                        "{\"message\":\"Catatan\"}",
                        refused),
                new Attack(
                        "comment",
                        "PUT",
                        "/task/comment",
                        JSON,
                        "{\"id\":\"x\",\"taskId\":\"{task}\",\"message\":\"Catatan\"}",
                        refused),
                new Attack("comments", "DELETE", "/task/{task}/comment", null, null, refused),
                new Attack(
                        "instance comment",
                        "PUT",
                        "/process-instance/comment",
                        JSON,
                        "{\"id\":\"x\",\"processInstanceId\":\"{followUp}\",\"message\":\"Catatan\"}",
                        refused),
                new Attack(
                        "attachment",
                        "POST",
                        "/task/{task}/attachment/create",
                        MULTIPART,
                        multipart("url", "text/plain", "javascript:alert(document.cookie)"),
                        refused),
                new Attack("resolution", "POST", "/task/{task}/resolve", JSON, extraFields, refused),
                new Attack(
                        "BPMN error",
                        "POST",
                        "/task/{task}/bpmnError",
                        JSON,
                        "{\"errorCode\":\"Err_NotOurAuthority\"}",
                        refused),
                new Attack(
                        "BPMN escalation",
                        "POST",
                        "/task/{task}/bpmnEscalation",
                        JSON,
                        "{\"escalationCode\":\"overdue\"}",
                        refused),
                new Attack(
                        "completion with extra fields",
                        "POST",
                        "/task/{task}/complete",
                        JSON,
                        extraFields,
                        Kind.FORM_WITH_EXTRA_FIELDS),
                new Attack(
                        "form with extra fields",
                        "POST",
                        "/task/{task}/submit-form",
                        JSON,
                        extraFields,
                        Kind.FORM_WITH_EXTRA_FIELDS));
    }

    static Stream<Arguments> everyRoleAgainstEveryAttack() {
        return attacks().stream()
                .flatMap(attack -> Stream.of(Role.values())
                        .filter(role -> role != Role.SYSTEM_ADMINISTRATOR || attack.kind() != Kind.ENGINE_REFUSES_STAFF)
                        .map(role -> Arguments.of(role, attack)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAgainstEveryAttack")
    void changesNothing(Role role, Attack attack) {
        // when
        var response = as(role).send(
                        attack.method(),
                        "/engine-rest" + resolve(attack.path()),
                        attack.contentType(),
                        attack.body() == null ? null : resolve(attack.body()));

        // then
        assertThat(response.status()).as(response.text()).isIn(expected(role, attack));
        if (response.status() == 400) {
            assertThat(response.text()).contains("is not a field of this form");
        }
        assertNothingChanged();
    }

    private static List<Integer> expected(Role role, Attack attack) {
        if (role == Role.ANONYMOUS) {
            return List.of(attack.kind() == Kind.REFUSED_FOR_EVERYONE ? 403 : 401);
        }
        if (attack.kind() == Kind.REFUSED_FOR_EVERYONE || attack.kind() == Kind.GIVEN_TO_AN_OUTSIDER) {
            // another agency's officer may not see the task at all (404)
            return role == Role.OTHER_AGENCY_OFFICER ? List.of(403, 404) : List.of(403);
        }
        var worksOnTheTask = role == Role.OFFICER || role == Role.SUPERVISOR || role == Role.SYSTEM_ADMINISTRATOR;
        if (attack.kind() == Kind.FORM_WITH_EXTRA_FIELDS && worksOnTheTask) {
            return List.of(400);
        }
        // the engine refuses (403), or does not show the task to another agency (404)
        return role == Role.OTHER_AGENCY_OFFICER ? List.of(403, 404) : List.of(403);
    }

    @Test
    void anOfficerCannotTurnTheirOwnTaskToAnotherAgencysConfidentialReport() {
        // given a report at the health office, and the officer on its task
        var filed = file(TestReports.healthComplaint("Ani", "ani@example.org", "+62 811 1234 5678"))
                .json();
        var own = filed.get("trackingId").asText();
        complete(own, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var task = tasks.createTaskQuery()
                .processInstanceBusinessKey(own)
                .singleResult()
                .getId();
        var officer = as(Role.OFFICER);

        // when they point the task at PLN's confidential report, the reporter's message refreshes the task's
        // context, and they complete the task in PLN's name
        var pointed = officer.post(
                "/engine-rest/task/" + task + "/variables",
                Map.of("modifications", Map.of("complaintId", Map.of("value", confidentialId, "type", "Long"))));
        complaints.postMessage(own, filed.get("accessToken").asText(), new ReporterMessage("Tutup lagi pagi ini."));
        var completed = officer.post(
                "/engine-rest/task/" + task + "/complete",
                StaffTasks.completion(Map.of(
                        "followUpDecision", "RESPOND", "followUpText", "Sudah ditangani.", "agencyCode", "PLN")));

        // then the task still shows their own report, stays open, and PLN's report got no answer in PLN's name
        assertThat(pointed.status()).isEqualTo(403);
        assertThat(completed.status()).isEqualTo(400);
        assertThat(completed.json().get("message").asText()).contains("agencyCode is not a field of this form");
        var context = officer.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                .text();
        assertThat(context).contains(own, "Tutup lagi pagi ini").doesNotContain(confidentialReport, "Tagihan listrik");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
        assertThat(confidentialTimeline()).isEqualTo(confidentialTimeline);
    }

    @Test
    void oversightChangesNothingOnAnyAgencysTask() {
        // given the task of PLN's confidential report
        var plnTask = tasks.createTaskQuery()
                .processInstanceBusinessKey(confidentialReport)
                .singleResult()
                .getId();

        // when the Ombudsman's reader writes on it as the issue found they could
        var ombudsman = as(Role.OVERSIGHT);
        var comment = ombudsman.post("/engine-rest/task/" + plnTask + "/comment/create", Map.of("message", "Lihat"));
        var attachment = ombudsman.send(
                "POST",
                "/engine-rest/task/" + plnTask + "/attachment/create",
                MULTIPART,
                multipart("url", "text/plain", "javascript:alert(1)"));
        var claim = ombudsman.post("/engine-rest/task/" + plnTask + "/claim", Map.of("userId", "ombudsman"));

        // then
        assertThat(List.of(comment.status(), attachment.status(), claim.status()))
                .containsOnly(403);
        assertThat(tasks.getTaskComments(plnTask)).isEmpty();
        assertThat(tasks.getTaskAttachments(plnTask)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(plnTask).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void theWebappsApiRefusesTheSameToASignedInOfficer() throws Exception {
        // given the officer signed in to Tasklist, with the CSRF token of their new session
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var signIn = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", tasklistCsrfToken(http))
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + URLEncoder.encode(Role.OFFICER.user, StandardCharsets.UTF_8) + "&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(200);
        var csrf = tasklistCsrfToken(http);

        // when they write on their task through the webapps' engine API
        var answers = new ArrayList<String>();
        for (var attack : List.of(
                new String[] {"POST", "/task/" + taskId + "/comment/create", "{\"message\":\"Catatan\"}"},
                new String[] {"PUT", "/task/" + taskId + "/localVariables/title", "{\"value\":\"Diganti\"}"},
                new String[] {
                    "POST", "/task/" + taskId + "/submit-form", "{\"variables\":{\"agencyCode\":{\"value\":\"PLN\"}}}"
                })) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/camunda/api/engine/engine/default" + attack[1]))
                            .header("Content-Type", JSON)
                            .header("X-XSRF-TOKEN", csrf)
                            .method(attack[0], HttpRequest.BodyPublishers.ofString(attack[2]))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(response.statusCode() + " " + response.body());
        }

        // then Aduan refuses the comment, the engine the variable, and the form's check the extra field
        assertThat(answers.get(0)).startsWith("403").contains("no comments");
        assertThat(answers.get(1)).startsWith("403").contains("AuthorizationException");
        assertThat(answers.get(2)).startsWith("400").contains("agencyCode is not a field of this form");
        assertNothingChanged();
    }

    /** The CSRF token that Camunda's webapps hand out with a page, for the current session. */
    private String tasklistCsrfToken(HttpClient http) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("X-XSRF-TOKEN")
                .orElseThrow();
    }

    @Test
    void answersALostRaceBetweenCompletionsOfOneTaskWith409() throws Exception {
        // given a report at the health office
        var raced = file(TestReports.healthComplaint("Ani", "ani@example.org", "+62 811 1234 5678"))
                .json()
                .get("trackingId")
                .asText();
        complete(raced, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var task = tasks.createTaskQuery()
                .processInstanceBusinessKey(raced)
                .singleResult()
                .getId();
        var officer = as(Role.OFFICER);
        var answer = StaffTasks.completion(Map.of("followUpDecision", "RESPOND", "followUpText", "Sudah ditangani."));

        // when three officers complete it at the same moment
        var start = new CyclicBarrier(3);
        var executor = Executors.newFixedThreadPool(3);
        var statuses = new ArrayList<Integer>();
        try {
            Callable<Integer> completion = () -> race(start, officer, task, answer);
            var results = executor.invokeAll(List.of(completion, completion, completion));
            for (var result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
        }

        // then one completion counts, the others hear that they came too late, and none gets a 500: a loser that read
        // the task before the winner committed and checks its permission after finds the candidate links gone (403)
        assertThat(statuses)
                .containsOnlyOnce(204)
                .allMatch(status -> status == 204 || status == 409 || status == 404 || status == 403);
        var followUps = ApiClient.on(port)
                .get("/api/complaints/" + raced)
                .json()
                .get("timeline")
                .findValuesAsText("type");
        assertThat(followUps.stream().filter("FOLLOWED_UP"::equals)).hasSize(1);
    }

    @Test
    void answersATriggerForAnExecutionThatDoesNotExistWith404() {
        var response = as(Role.SYSTEM_ADMINISTRATOR)
                .post("/engine-rest/execution/x/messageSubscriptions/ReporterReplied/trigger", Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(404);
        assertThat(response.json().get("message").asText()).contains("does not have a subscription");
    }

    private static int race(CyclicBarrier start, ApiClient officer, String task, Object answer) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return officer.post("/engine-rest/task/" + task + "/complete", answer).status();
    }

    /** The task's own variables as stored: the JSON of its context as written, which has no equality once read. */
    private Map<String, Object> taskVariables() {
        var variables = tasks.getVariablesLocalTyped(taskId, false);
        var stored = new HashMap<String, Object>();
        for (var name : variables.keySet()) {
            var typed = variables.getValueTyped(name);
            stored.put(
                    name,
                    typed instanceof SerializableValue serializable
                            ? serializable.getValueSerialized()
                            : typed.getValue());
        }
        return stored;
    }

    private void assertNothingChanged() {
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the health office's task").isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getName()).isEqualTo("Tindak lanjuti pengaduan");
        assertThat(tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId))
                .containsExactly("dinkes-muba-officers");
        assertThat(taskVariables()).isEqualTo(taskContext);
        assertThat(runtime.getVariables(followUpId)).isEmpty();
        assertThat(runtime.getVariables(handlingId)).isEqualTo(handlingVariables);
        assertThat(tasks.getTaskComments(taskId)).isEmpty();
        assertThat(tasks.getProcessInstanceComments(followUpId)).isEmpty();
        assertThat(tasks.getTaskAttachments(taskId)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(followUpId)
                        .active()
                        .count())
                .isOne();
        assertThat(confidentialTimeline()).isEqualTo(confidentialTimeline);
        assertThat(runtime.createEventSubscriptionQuery()
                        .executionId(deferredExecutionId)
                        .count())
                .isOne();
    }

    private int confidentialTimeline() {
        return ((ReporterComplaintView) complaints.view(confidentialReport, confidentialToken))
                .timeline()
                .size();
    }

    private String resolve(String template) {
        return template.replace("{task}", taskId)
                .replace("{execution}", executionId)
                .replace("{followUp}", followUpId)
                .replace("{handling}", handlingId)
                .replace("{confidentialId}", String.valueOf(confidentialId))
                .replace("{deferredExecution}", deferredExecutionId)
                .replace("{deferred}", deferredReport);
    }

    private static String multipart(String part, String contentType, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n" + content + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                + " name=\"attachment-name\"\r\n\r\nlampiran\r\n--" + BOUNDARY + "--\r\n";
    }

    private String handlingOf(String trackingId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingId)
                .processDefinitionKey("ComplaintHandlingProcess")
                .singleResult()
                .getId();
    }

    private ApiClient.Response file(Map<String, Object> report) {
        var response = ApiClient.on(port).post("/api/complaints", report);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response;
    }

    private void complete(String trackingId, String user, Map<String, Object> variables) {
        StaffTasks.complete(tasks, identity, trackingId, user, variables);
    }

    private ApiClient as(Role role) {
        var api = ApiClient.on(port);
        return role.user == null ? api : api.as(role.user, "demo");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
