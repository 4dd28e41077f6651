package id.aduan.staff;

import static id.aduan.staff.TestGovernments.PASSWORD;
import static id.aduan.staff.TestGovernments.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Delegated administration through the real HTTP server: a government's coordinator manages its own staff through
 * {@code /api/governments/{code}/staff} without Camunda Admin rights, and nobody else's; every change is recorded
 * without a password. Tests that change staff do it in a government of their own ({@link TestGovernments}).
 */
@AduanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffAdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = as("verifier", "demo");
    }

    @Test
    void showsACoordinatorTheGovernmentsCoordinatorsLiaisonOfficersAndUnits() {
        // when the coordinator of Musi Banyuasin asks which governments they manage, and for its staff
        var coordinator = as("pemkab-muba-officer", "demo");
        var governments = coordinator.get("/api/governments");
        var staff = coordinator.get("/api/governments/PEMKAB-MUBA/staff");

        // then it is theirs alone, with its coordinators first and each unit's officers and supervisors
        assertThat(governments.status()).isEqualTo(200);
        assertThat(governments.json().findValuesAsText("code")).containsExactly("PEMKAB-MUBA");
        assertThat(staff.status()).isEqualTo(200);
        var groups = staff.json().get("groups");
        assertThat(groups.get(0).get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(groups.get(0).get("manageable").asBoolean()).isFalse();
        assertThat(members(group(groups, "pemkab-muba-officers"))).contains("pemkab-muba-officer");
        assertThat(group(groups, "pemkab-muba-liaison").get("role").asText()).isEqualTo("LIAISON");
        assertThat(members(group(groups, "dinkes-muba-officers"))).contains("dinkes-muba-officer");
        assertThat(members(group(groups, "disdukcapil-muba-supervisors"))).contains("disdukcapil-muba-supervisor");
        assertThat(groups.findValuesAsText("groupId"))
                .doesNotContain("dinkes-palembang-officers", "national-admins", "camunda-admin", "oversight");
    }

    @Test
    void coordinatorAddsAUnitOfficerWhoCanSignInAndTheChangeIsRecorded() {
        // given a government and its coordinator
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var officer = government.coordinator().replace("koordinator", "dinkes");

        // when the coordinator adds an officer to the health office
        var added = coordinator.post(government.staff(), account(officer, government.officers(government.health())));

        // then the officer exists in that group alone, signs in, and sees the health office's tasks
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("userId").asText()).isEqualTo(officer);
        assertThat(groupsOf(officer)).containsExactly(government.officers(government.health()));
        assertThat(as(officer, PASSWORD).get("/api/overdue").status()).isEqualTo(200);
        assertThat(members(group(
                        coordinator.get(government.staff()).json().get("groups"),
                        government.officers(government.health()))))
                .containsExactly(officer);

        // and the officer replaces the initial password, as their Camunda profile does
        var changed = as(officer, PASSWORD)
                .put(
                        "/engine-rest/user/" + officer + "/credentials",
                        Map.of("password", "Sandi-Baru-Petugas-2026", "authenticatedUserPassword", PASSWORD));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        assertThat(as(officer, "Sandi-Baru-Petugas-2026").get("/api/overdue").status())
                .isEqualTo(200);
        assertThat(as(officer, PASSWORD).get("/api/overdue").status()).isEqualTo(401);

        // and the record says who added whom to which group, when
        var change = coordinator.get(government.staff() + "/audit").json().get(0);
        assertThat(change.get("action").asText()).isEqualTo("ACCOUNT_CREATED");
        assertThat(change.get("actor").asText()).isEqualTo(government.coordinator());
        assertThat(change.get("userId").asText()).isEqualTo(officer);
        assertThat(change.get("groupId").asText()).isEqualTo(government.officers(government.health()));
        assertThat(change.get("occurredAt").asText()).isNotBlank();
    }

    @Test
    void coordinatorNamesALiaisonOfficerAndMovesAnOfficerBetweenUnits() {
        // given an officer of the health office
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var officer = government.coordinator().replace("koordinator", "petugas");
        assertThat(coordinator
                        .post(government.staff(), account(officer, government.officers(government.health())))
                        .status())
                .isEqualTo(201);

        // when the coordinator names them a liaison officer, and supervisor of the inspectorate
        var liaison = coordinator.put(government.member(government.liaison(), officer), Map.of());
        var supervisor = coordinator.put(
                government.member(government.supervisors(government.inspectorate()), officer), Map.of());

        // then they are members of the three groups
        assertThat(liaison.status()).as(liaison.text()).isEqualTo(204);
        assertThat(supervisor.status()).as(supervisor.text()).isEqualTo(204);
        assertThat(groupsOf(officer))
                .containsExactlyInAnyOrder(
                        government.officers(government.health()),
                        government.liaison(),
                        government.supervisors(government.inspectorate()));

        // and adding them again is a conflict naming the user
        var again = coordinator.put(government.member(government.liaison(), officer), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(fields(again)).containsExactly("userId");

        // when the coordinator takes them out of the health office, the account stays with its other groups
        assertThat(coordinator
                        .delete(government.member(government.officers(government.health()), officer))
                        .status())
                .isEqualTo(204);
        assertThat(groupsOf(officer))
                .containsExactlyInAnyOrder(government.liaison(), government.supervisors(government.inspectorate()));

        // and the record lists each change, latest first
        assertThat(coordinator.get(government.staff() + "/audit").json().findValuesAsText("action"))
                .startsWith("MEMBER_REMOVED", "MEMBER_ADDED", "MEMBER_ADDED", "ACCOUNT_CREATED");
    }

    @Test
    void removingAUserFromTheirLastGroupDeletesTheAccount() {
        // given an officer in one group
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var officer = government.coordinator().replace("koordinator", "keluar");
        coordinator.post(government.staff(), account(officer, government.officers(government.communications())));

        // when the coordinator removes them from it
        var removed = coordinator.delete(government.member(government.officers(government.communications()), officer));

        // then the account is gone, cannot sign in, and the record says so
        assertThat(removed.status()).as(removed.text()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId(officer).count()).isZero();
        assertThat(as(officer, PASSWORD).get("/api/overdue").status()).isEqualTo(401);
        assertThat(coordinator.get(government.staff() + "/audit").json().findValuesAsText("action"))
                .startsWith("ACCOUNT_DELETED", "MEMBER_REMOVED");

        // and removing them again names the unknown user
        var again = coordinator.delete(government.member(government.officers(government.communications()), officer));
        assertThat(again.status()).isEqualTo(404);
        assertThat(fields(again)).containsExactly("userId");
    }

    @Test
    void coordinatorHandsTheRoleOverToAnotherOffice() {
        // given the coordinator (in the inspectorate's role) and an officer of the communications office
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var successor = government.coordinator().replace("koordinator", "kominfo");
        coordinator.post(government.staff(), account(successor, government.officers(government.communications())));

        // when the coordinator hands the role over to that officer
        var handover = coordinator.post(government.staff() + "/handover", Map.of("userIds", List.of(successor)));

        // then the officer is the coordinator, the one before is no longer, and their account is gone
        assertThat(handover.status()).as(handover.text()).isEqualTo(204);
        assertThat(groupsOf(successor))
                .containsExactlyInAnyOrder(government.coordinators(), government.officers(government.communications()));
        assertThat(identity.createUserQuery().userId(government.coordinator()).count())
                .isZero();
        assertThat(coordinator.get(government.staff()).status()).isEqualTo(401);

        // and the new coordinator manages the staff and reads the handover in the record
        var newCoordinator = as(successor, PASSWORD);
        var record = newCoordinator.get(government.staff() + "/audit").json();
        var handedOver = StreamSupport.stream(record.spliterator(), false)
                .filter(change -> change.get("action").asText().equals("HANDOVER"))
                .findFirst()
                .orElseThrow();
        assertThat(handedOver.get("actor").asText()).isEqualTo(government.coordinator());
        assertThat(handedOver.get("groupId").asText()).isEqualTo(government.coordinators());
        assertThat(handedOver.get("detail").asText())
                .contains(successor, government.communications(), "from " + government.coordinator());
        assertThat(record.findValuesAsText("action")).contains("ACCOUNT_DELETED");
    }

    @Test
    void refusesAHandoverToSomeoneWhoIsNotStaffOfTheGovernment() {
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);

        // to another government's officer, to an unknown user, to nobody, and to the coordinator itself
        var otherGovernments = coordinator.post(
                government.staff() + "/handover", Map.of("userIds", List.of("dinkes-palembang-officer")));
        var unknown = coordinator.post(government.staff() + "/handover", Map.of("userIds", List.of("tidak-ada-orang")));
        var nobody = coordinator.post(government.staff() + "/handover", Map.of("userIds", List.of()));
        var itself = coordinator.post(
                government.staff() + "/handover", Map.of("userIds", List.of(government.coordinator())));

        assertThat(otherGovernments.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(itself.status()).isEqualTo(409);
        for (var refused : List.of(otherGovernments, unknown, nobody, itself)) {
            assertThat(fields(refused)).containsExactly("userIds");
        }
        assertThat(groupsOf(government.coordinator())).containsExactly(government.coordinators());
        assertThat(groupsOf("dinkes-palembang-officer")).doesNotContain(government.coordinators());
    }

    @Test
    void addsAMemberOnceWhenTheSameRequestComesManyTimesAtOnce() throws Exception {
        // given an officer of the health office
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var officer = government.coordinator().replace("koordinator", "serentak");
        coordinator.post(government.staff(), account(officer, government.officers(government.health())));

        // when the coordinator names them a liaison officer five times at the same moment
        var start = new CyclicBarrier(5);
        var executor = Executors.newFixedThreadPool(5);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var i = 0; i < 5; i++) {
                answers.add(executor.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return coordinator
                            .put(government.member(government.liaison(), officer), Map.of())
                            .status();
                }));
            }
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            // then one adds them, the others are conflicts, and the record has one change
            assertThat(statuses).containsOnly(204, 409).containsOnlyOnce(204);
        } finally {
            executor.shutdownNow();
        }
        assertThat(groupsOf(officer))
                .containsExactlyInAnyOrder(government.officers(government.health()), government.liaison());
        assertThat(coordinator.get(government.staff() + "/audit").json().findValuesAsText("action"))
                .containsExactly("MEMBER_ADDED", "ACCOUNT_CREATED", "ACCOUNT_CREATED");
    }

    @Test
    void coordinatorCannotTouchAnotherGovernmentsStaffNorNationalGroups() {
        // given the coordinator of Musi Banyuasin
        var coordinator = as("pemkab-muba-officer", "demo");
        var palembangBefore = groupsOf("dinkes-palembang-officer");

        // then Palembang's staff, record, members and handover are refused as not theirs
        for (var refused : List.of(
                coordinator.get("/api/governments/PEMKOT-PALEMBANG/staff"),
                coordinator.get("/api/governments/PEMKOT-PALEMBANG/staff/audit"),
                coordinator.put(
                        "/api/governments/PEMKOT-PALEMBANG/staff/groups/dinkes-palembang-officers/members/"
                                + "pemkab-muba-officer",
                        Map.of()),
                coordinator.delete("/api/governments/PEMKOT-PALEMBANG/staff/groups/dinkes-palembang-officers/members/"
                        + "dinkes-palembang-officer"),
                coordinator.post(
                        "/api/governments/PEMKOT-PALEMBANG/staff/handover",
                        Map.of("userIds", List.of("pemkab-muba-officer"))))) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
            assertThat(fields(refused)).containsExactly("code");
        }

        // and through their own government, other governments' groups, the national ones and their own role too
        for (var group : List.of(
                "dinkes-palembang-officers",
                "pemkot-palembang-officers",
                "national-admins",
                "camunda-admin",
                "oversight",
                "pemkab-muba-officers",
                "pemkab-muba-supervisors")) {
            var added = coordinator.post("/api/governments/PEMKAB-MUBA/staff", account("penyusup", group));
            var addedExisting = coordinator.put(
                    "/api/governments/PEMKAB-MUBA/staff/groups/" + group + "/members/dinkes-muba-officer", Map.of());
            var removed = coordinator.delete(
                    "/api/governments/PEMKAB-MUBA/staff/groups/" + group + "/members/dinkes-muba-officer");
            for (var refused : List.of(added, addedExisting, removed)) {
                assertThat(refused.status()).as(group + ": " + refused.text()).isEqualTo(403);
                assertThat(fields(refused)).containsExactly("groupId");
            }
        }

        // and nothing changed
        assertThat(groupsOf("dinkes-palembang-officer")).isEqualTo(palembangBefore);
        assertThat(groupsOf("dinkes-muba-officer")).containsExactly("dinkes-muba-officers");
        assertThat(identity.createUserQuery()
                        .userIdIn("penyusup-13", "penyusup-15", "penyusup-9")
                        .count())
                .isZero();
    }

    @Test
    void refusesPullingInAUserOfAnotherGovernmentOrOfNationalStaff() {
        var government = TestGovernments.add(administrator);
        var coordinator = as(government.coordinator(), PASSWORD);
        var healthOfficers = government.officers(government.health());

        // a user of another government, a national administrator, a system administrator, a taken user id
        for (var userId : List.of("dinkes-palembang-officer", "verifier", "demo", "ombudsman")) {
            var added = coordinator.put(government.member(healthOfficers, userId), Map.of());
            assertThat(added.status()).as(userId + ": " + added.text()).isEqualTo(409);
            assertThat(fields(added)).containsExactly("userId");
            assertThat(groupsOf(userId)).doesNotContain(healthOfficers);
        }
        var taken = coordinator.post(government.staff(), account("dinkes-muba-officer", healthOfficers));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(fields(taken)).containsExactly("userId");
        assertThat(groupsOf("dinkes-muba-officer")).containsExactly("dinkes-muba-officers");

        // and even a national administrator cannot pull another government's officer in
        var byAdministrator =
                administrator.put(government.member(healthOfficers, "dinkes-palembang-officer"), Map.of());
        assertThat(byAdministrator.status()).isEqualTo(409);
    }

    @Test
    void namesTheFieldOfEveryInvalidOrUnknownValue() {
        var coordinator = as("pemkab-muba-officer", "demo");
        var staff = "/api/governments/PEMKAB-MUBA/staff";

        var unknownGovernment = coordinator.get("/api/governments/PEMKAB-ATLANTIS/staff");
        var unitIsNoGovernment = coordinator.get("/api/governments/DINKES-MUBA/staff");
        var nationalBodyIsNoGovernment = administrator.get("/api/governments/BPJS-KESEHATAN/staff");
        var unknownGroup = coordinator.put(staff + "/groups/tidak-ada-officers/members/dinkes-muba-officer", Map.of());
        var unknownUser = coordinator.put(staff + "/groups/pemkab-muba-liaison/members/tidak-ada-orang", Map.of());
        var invalidUserId = coordinator.put(staff + "/groups/pemkab-muba-liaison/members/Bukan%20Id!", Map.of());
        var weakAccount = coordinator.post(
                staff,
                Map.of(
                        "userId", "Bukan Id",
                        "firstName", "",
                        "lastName", "Uji",
                        "email", "bukan-email",
                        "password", "pendek",
                        "groupId", "dinkes-muba-officers"));

        assertThat(unknownGovernment.status()).isEqualTo(404);
        assertThat(fields(unknownGovernment)).containsExactly("code");
        assertThat(unitIsNoGovernment.status()).isEqualTo(404);
        assertThat(nationalBodyIsNoGovernment.status()).isEqualTo(404);
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(fields(unknownGroup)).containsExactly("groupId");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(fields(unknownUser)).containsExactly("userId");
        assertThat(invalidUserId.status()).isEqualTo(400);
        assertThat(fields(invalidUserId)).containsExactly("userId");
        assertThat(weakAccount.status()).isEqualTo(400);
        assertThat(fields(weakAccount)).containsExactlyInAnyOrder("userId", "firstName", "email", "password");
        assertThat(weakAccount.text()).doesNotContain("pendek");
        for (var problem : List.of(unknownGovernment, unknownGroup, unknownUser, invalidUserId, weakAccount)) {
            assertThat(problem.header("Content-Type")).isEqualTo("application/problem+json");
        }
    }

    @Test
    void staffWhoAreNoCoordinatorsAreRefused() {
        for (var user :
                List.of("dinkes-muba-officer", "dinkes-muba-supervisor", "ombudsman", "pemkot-palembang-officer")) {
            var refused = as(user, "demo").get("/api/governments/PEMKAB-MUBA/staff");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(fields(refused)).containsExactly("code");
        }
        assertThat(as("dinkes-muba-officer", "demo").get("/api/governments").json())
                .isEmpty();
        assertThat(ApiClient.on(port).get("/api/governments/PEMKAB-MUBA/staff").status())
                .isEqualTo(401);
    }

    @Test
    void nationalAndSystemAdministratorsManageEveryGovernment() {
        // when administrators read any government's staff
        for (var user : List.of("verifier", "demo")) {
            assertThat(as(user, "demo")
                            .get("/api/governments/PEMKOT-PALEMBANG/staff")
                            .status())
                    .isEqualTo(200);
            assertThat(as(user, "demo").get("/api/governments").json().findValuesAsText("code"))
                    .contains("PEMKAB-MUBA", "PEMKOT-PALEMBANG", "PEMPROV-SUMSEL", "KEMENKES")
                    .doesNotContain("DINKES-MUBA", "BPJS-KESEHATAN");
        }

        // and name a government's coordinators directly (TestGovernments does), which coordinators cannot
        var government = TestGovernments.add(administrator);
        assertThat(groupsOf(government.coordinator())).containsExactly(government.coordinators());
        assertThat(administrator
                        .get(government.staff() + "/audit")
                        .json()
                        .get(0)
                        .get("actor")
                        .asText())
                .isEqualTo("verifier");
        var asCoordinator = as(government.coordinator(), PASSWORD)
                .post(government.staff(), account(government.coordinator() + "-dua", government.coordinators()));
        assertThat(asCoordinator.status()).isEqualTo(403);
        assertThat(fields(asCoordinator)).containsExactly("groupId");
    }

    @Test
    void recordsAndLogsNoPassword(CapturedOutput output) {
        var government = TestGovernments.add(administrator);
        var officer = government.coordinator().replace("koordinator", "rahasia");
        as(government.coordinator(), PASSWORD)
                .post(government.staff(), account(officer, government.officers(government.health())));

        assertThat(as(government.coordinator(), PASSWORD)
                        .get(government.staff() + "/audit")
                        .text())
                .contains(officer)
                .doesNotContain(PASSWORD, "password");
        assertThat(output.getAll()).contains("Staff account " + officer).doesNotContain(PASSWORD);
    }

    @Test
    void coordinatorsCannotChangeStaffThroughCamundasRestApi() {
        // given the coordinator of Musi Banyuasin, with their HTTP Basic sign-in to /engine-rest
        var coordinator = as("pemkab-muba-officer", "demo");
        var before = groupsOf("dinkes-muba-officer");

        // when they try what Camunda Admin does: memberships, users, groups, passwords, authorizations
        var attempts = List.of(
                coordinator.put("/engine-rest/group/dinkes-muba-officers/members/pemkab-muba-officer", Map.of()),
                coordinator.put("/engine-rest/group/camunda-admin/members/pemkab-muba-officer", Map.of()),
                coordinator.delete("/engine-rest/group/dinkes-muba-officers/members/dinkes-muba-officer"),
                coordinator.post(
                        "/engine-rest/user/create",
                        Map.of(
                                "profile", Map.of("id", "penyusup-rest"),
                                "credentials", Map.of("password", "Penyusup-2026!"))),
                coordinator.delete("/engine-rest/user/dinkes-muba-officer"),
                coordinator.put(
                        "/engine-rest/user/dinkes-muba-officer/credentials",
                        Map.of("password", "Penyusup-2026!", "authenticatedUserPassword", "demo")),
                coordinator.post("/engine-rest/group/create", Map.of("id", "penyusup-group")),
                coordinator.post(
                        "/engine-rest/authorization/create",
                        Map.of(
                                "type",
                                1,
                                "permissions",
                                List.of("ALL"),
                                "userId",
                                "pemkab-muba-officer",
                                "resourceType",
                                4,
                                "resourceId",
                                "*")));

        // then the engine refuses each (a user they may not read does not exist for them), and nothing changed
        for (var attempt : attempts) {
            assertThat(attempt.status()).as(attempt.text()).isIn(403, 404);
        }
        assertThat(groupsOf("dinkes-muba-officer")).isEqualTo(before);
        assertThat(groupsOf("pemkab-muba-officer")).doesNotContain("dinkes-muba-officers", "camunda-admin");
        assertThat(identity.createUserQuery().userId("penyusup-rest").count()).isZero();
        assertThat(identity.createGroupQuery().groupId("penyusup-group").count())
                .isZero();
        assertThat(as("dinkes-muba-officer", "demo").get("/api/overdue").status())
                .isEqualTo(200);
    }

    private ApiClient as(String user, String password) {
        return ApiClient.on(port).as(user, password);
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId())
                .sorted()
                .toList();
    }

    private static JsonNode group(JsonNode groups, String groupId) {
        return StreamSupport.stream(groups.spliterator(), false)
                .filter(group -> group.get("groupId").asText().equals(groupId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(groupId + " not in " + groups));
    }

    private static List<String> members(JsonNode group) {
        return group.get("members").findValuesAsText("userId");
    }

    private static List<String> fields(ApiClient.Response problem) {
        return problem.json().path("errors").findValuesAsText("field");
    }
}
