package id.aduan.staff;

import static id.aduan.staff.TestGovernments.PASSWORD;
import static id.aduan.staff.TestGovernments.account;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A government's coordinator manages its staff on the page {@code /staff/governments/{code}}, through the real HTTP
 * server, signed in with HTTP Basic, each form sent with the token and cookie of the page it is on.
 */
@AduanIntegrationTest
class StaffPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Test
    void leadsACoordinatorToTheirGovernmentsStaffAndItsRecord() {
        // when the coordinator of Musi Banyuasin opens the staff pages
        var coordinator = as("pemkab-muba-officer", "demo");
        var start = coordinator.get("/staff/governments");
        var page = coordinator.get("/staff/governments/PEMKAB-MUBA");

        // then they land on their government's staff, by group, with the forms to change it
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).endsWith("/staff/governments/PEMKAB-MUBA");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Pemerintah Kabupaten Musi Banyuasin", "Koordinator (coordinators)", "pemkab-muba-officer")
                .contains("Pejabat penghubung (liaison officers)", "dinkes-muba-officers", "dinkes-muba-officer")
                .contains("Tambah akun", "Serahkan peran koordinator", "Catatan perubahan", "name=\"_csrf\"")
                .doesNotContain("dinkes-palembang-officers", "national-admins");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");

        // and administrators choose among every government
        assertThat(as("verifier", "demo").get("/staff/governments").text())
                .contains("PEMKAB-MUBA", "PEMKOT-PALEMBANG", "KEMENKES");
    }

    @Test
    void coordinatorAddsNamesRemovesAndHandsOverOnThePage() {
        // given a government and its coordinator
        var government = TestGovernments.add(as("verifier", "demo"));
        var coordinator = as(government.coordinator(), PASSWORD);
        var page = "/staff/governments/" + government.code();
        var officer = government.coordinator().replace("koordinator", "halaman");
        var healthOfficers = government.officers(government.health());

        // when the coordinator adds an officer to the health office
        var added = StaffPages.submit(coordinator, page, page + "/accounts", accountForm(officer, healthOfficers));

        // then the page says so and lists them, never showing the password
        assertThat(added.status()).as(added.text()).isEqualTo(302);
        assertThat(added.header("Location")).endsWith(page + "?info=account-created");
        var after = coordinator.get(page + "?info=account-created");
        assertThat(after.text())
                .contains("Akun dibuat", officer, "ACCOUNT_CREATED")
                .doesNotContain(PASSWORD);
        assertThat(groupsOf(officer)).containsExactly(healthOfficers);

        // when the coordinator names them a liaison officer, then takes them out of the health office
        var named = StaffPages.submit(
                coordinator, page, page + "/members", form("userId", officer, "groupId", government.liaison()));
        var removed = StaffPages.submit(
                coordinator, page, page + "/members/remove", form("userId", officer, "groupId", healthOfficers));

        // then they are a liaison officer alone
        assertThat(named.header("Location")).endsWith(page + "?info=member-added");
        assertThat(removed.header("Location")).endsWith(page + "?info=member-removed");
        assertThat(groupsOf(officer)).containsExactly(government.liaison());

        // when the coordinator hands the role over to them
        var handedOver = StaffPages.submit(coordinator, page, page + "/handover", form("userIds", officer));

        // then they coordinate, and the coordinator before them is gone
        assertThat(handedOver.header("Location")).endsWith(page + "?info=handed-over");
        assertThat(groupsOf(officer)).containsExactlyInAnyOrder(government.liaison(), government.coordinators());
        assertThat(identity.createUserQuery().userId(government.coordinator()).count())
                .isZero();
        assertThat(as(officer, PASSWORD).get(page).text()).contains("HANDOVER", "from " + government.coordinator());
    }

    @Test
    void showsRefusalsNextToTheirFieldsWithTheirStatus() {
        var government = TestGovernments.add(as("verifier", "demo"));
        var coordinator = as(government.coordinator(), PASSWORD);
        var page = "/staff/governments/" + government.code();

        // an invalid account
        var invalid = StaffPages.submit(
                coordinator,
                page,
                page + "/accounts",
                form(
                        "userId", "Bukan Id",
                        "firstName", "",
                        "lastName", "Uji",
                        "email", "bukan-email",
                        "password", "pendek-sekali",
                        "groupId", government.officers(government.health())));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text())
                .contains("id=\"account-userId-error\"", "id=\"account-firstName-error\"", "value=\"bukan-email\"")
                .doesNotContain("pendek-sekali");

        // another government's group, a user of another government, and an unknown one
        var otherGroup = StaffPages.submit(
                coordinator, page, page + "/accounts", accountForm("penyusup-halaman", "dinkes-palembang-officers"));
        var otherUser = StaffPages.submit(
                coordinator,
                page,
                page + "/members",
                form("userId", "dinkes-palembang-officer", "groupId", government.liaison()));
        var unknown = StaffPages.submit(coordinator, page, page + "/handover", form("userIds", "tidak-ada-orang"));
        assertThat(otherGroup.status()).isEqualTo(403);
        assertThat(otherGroup.text()).contains("id=\"account-groupId-error\"");
        assertThat(otherUser.status()).isEqualTo(409);
        assertThat(otherUser.text()).contains("id=\"member-userId-error\"", "value=\"dinkes-palembang-officer\"");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("id=\"handover-userIds-error\"");
        assertThat(identity.createUserQuery().userId("penyusup-halaman").count())
                .isZero();
        assertThat(groupsOf("dinkes-palembang-officer")).doesNotContain(government.liaison());
    }

    @Test
    void isForTheGovernmentsCoordinatorsAloneAndItsFormsNeedTheirCsrfToken() {
        // when the coordinator's form comes without its token
        var coordinator = as("pemkab-muba-officer", "demo");
        var withoutToken = coordinator.send(
                "POST",
                "/staff/governments/PEMKAB-MUBA/members",
                StaffPages.FORM,
                form("userId", "dinkes-muba-officer", "groupId", "pemkab-muba-liaison"));

        // then it is refused and changes nothing
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(groupsOf("dinkes-muba-officer")).containsExactly("dinkes-muba-officers");

        // and another government's page, staff who coordinate nothing, and anyone not signed in are refused
        assertThat(coordinator.get("/staff/governments/PEMKOT-PALEMBANG").status())
                .isEqualTo(403);
        assertThat(as("dinkes-muba-officer", "demo")
                        .get("/staff/governments/PEMKAB-MUBA")
                        .status())
                .isEqualTo(403);
        assertThat(as("dinkes-muba-officer", "demo").get("/staff/governments").text())
                .contains("Anda bukan koordinator");
        assertThat(ApiClient.on(port).get("/staff/governments/PEMKAB-MUBA").status())
                .isEqualTo(401);
    }

    private ApiClient as(String user, String password) {
        return ApiClient.on(port).as(user, password);
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
    }

    private static String accountForm(String userId, String groupId) {
        return form(account(userId, groupId).entrySet().stream()
                .flatMap(field -> Stream.of(field.getKey(), field.getValue()))
                .toArray(String[]::new));
    }

    private static String form(String... namesAndValues) {
        var form = new StringBuilder();
        for (var i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(namesAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
