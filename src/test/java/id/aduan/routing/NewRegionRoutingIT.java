package id.aduan.routing;

import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.complaint.TestReports;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A national administrator adds a new regency (pemekaran) with its districts and its government through the API,
 * without a migration, names the government's coordinator, and reports filed there reach that government through the
 * routing's fallback to the region's government; a district's reports follow its regency's rules and government.
 */
@AduanIntegrationTest
class NewRegionRoutingIT {

    private static final String REGENCY = "16.98";
    private static final String DISTRICT = "16.98.01";
    private static final String GOVERNMENT = "PEMKAB-PEMEKARAN";
    private static final String COORDINATOR = "koordinator-pemekaran";
    private static final String PASSWORD = "Sandi-Pemekaran-2026";

    @LocalServerPort
    int port;

    @Test
    void reportsFromANewRegencysDistrictReachItsNewGovernment() {
        var administrator = ApiClient.on(port).as("verifier", "demo");

        // when a national administrator adds the regency, one of its districts, its government and coordinator
        var regency = administrator.post("/api/regions", region(REGENCY, "Kabupaten Uji Pemekaran", "REGENCY", "16"));
        var district = administrator.post("/api/regions", region(DISTRICT, "Kecamatan Uji", "DISTRICT", REGENCY));
        var government = administrator.post(
                "/api/agencies",
                Map.of(
                        "code",
                        GOVERNMENT,
                        "name",
                        "Pemerintah Kabupaten Uji Pemekaran",
                        "level",
                        "REGENCY_CITY",
                        "parentCode",
                        "PEMPROV-SUMSEL",
                        "regionCode",
                        REGENCY,
                        "timeZone",
                        "WIB"));
        var coordinator = administrator.post(
                "/api/governments/" + GOVERNMENT + "/staff",
                Map.of(
                        "userId",
                        COORDINATOR,
                        "firstName",
                        "Koordinator",
                        "lastName",
                        "Pemekaran",
                        "email",
                        "koordinator@pemekaran.example",
                        "password",
                        PASSWORD,
                        "groupId",
                        "pemkab-pemekaran-officers"));

        // then they are there, the district as a district of the regency
        assertThat(List.of(regency.status(), district.status(), government.status(), coordinator.status()))
                .as(regency.text() + district.text() + government.text() + coordinator.text())
                .containsOnly(201);
        var listed = ApiClient.on(port).get("/api/regions").json();
        assertThat(listed.findValuesAsText("code")).contains(REGENCY, DISTRICT);
        assertThat(listed.toString())
                .contains("\"code\":\"16.98.01\",\"name\":\"Kecamatan Uji\",\"level\":\"DISTRICT\"");

        // and the routing sends roads in the district to the new government, education to the province's rule
        var roads = administrator
                .get("/api/routing?categoryCode=ROADS&regionCode=" + DISTRICT)
                .json();
        assertThat(roads.get("agencies").findValuesAsText("code")).containsExactly(GOVERNMENT);
        assertThat(roads.get("basis").asText()).isEqualTo("REGIONAL_GOVERNMENT");
        assertThat(administrator
                        .get("/api/routing?categoryCode=EDUCATION&regionCode=" + DISTRICT)
                        .json()
                        .get("agencies")
                        .findValuesAsText("code"))
                .containsExactly("PEMPROV-SUMSEL");

        // when a reporter files a report about a road in the district, and the verifier verifies it
        var report = new HashMap<>(TestReports.roadComplaint());
        report.put("regionCode", DISTRICT);
        var filed = ApiClient.on(port).post("/api/complaints", report);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        StaffTasks.complete(
                administrator,
                trackingId,
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "agencyCode", ""));

        // then the new government's coordinator has its follow-up, and Musi Banyuasin's has nothing of it
        var followUp = onlyTask(ApiClient.on(port).as(COORDINATOR, PASSWORD), trackingId);
        assertThat(followUp.get("taskDefinitionKey").asText()).isEqualTo("UserTask_FollowUpComplaint");
        assertThat(ApiClient.on(port)
                        .as("pemkab-muba-officer", "demo")
                        .get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();

        // when the coordinator claims it, and the administrator hands the role over to an officer of a new unit
        var taskPath = "/engine-rest/task/" + followUp.get("id").asText();
        assertThat(ApiClient.on(port)
                        .as(COORDINATOR, PASSWORD)
                        .post(taskPath + "/claim", Map.of("userId", COORDINATOR))
                        .status())
                .isEqualTo(204);
        assertThat(administrator
                        .post(
                                "/api/agencies",
                                Map.of(
                                        "code",
                                        "DPUPR-PEMEKARAN",
                                        "name",
                                        "Dinas PUPR Uji Pemekaran",
                                        "level",
                                        "UNIT",
                                        "parentCode",
                                        GOVERNMENT,
                                        "regionCode",
                                        REGENCY,
                                        "timeZone",
                                        "WIB"))
                        .status())
                .isEqualTo(201);
        assertThat(administrator
                        .post(
                                "/api/governments/" + GOVERNMENT + "/staff",
                                Map.of(
                                        "userId",
                                        "pupr-pemekaran",
                                        "firstName",
                                        "Petugas",
                                        "lastName",
                                        "PUPR",
                                        "email",
                                        "pupr@pemekaran.example",
                                        "password",
                                        PASSWORD,
                                        "groupId",
                                        "dpupr-pemekaran-officers"))
                        .status())
                .isEqualTo(201);
        var handover = administrator.post(
                "/api/governments/" + GOVERNMENT + "/staff/handover", Map.of("userIds", List.of("pupr-pemekaran")));

        // then the task the coordinator had claimed is back with the group, where the new coordinator finds it
        assertThat(handover.status()).as(handover.text()).isEqualTo(204);
        var released = onlyTask(ApiClient.on(port).as("pupr-pemekaran", PASSWORD), trackingId);
        assertThat(released.get("id").asText()).isEqualTo(followUp.get("id").asText());
        assertThat(released.get("assignee").isNull()).isTrue();
        assertThat(administrator
                        .get("/api/governments/" + GOVERNMENT + "/staff/audit")
                        .json()
                        .findValuesAsText("detail"))
                .contains("handover; 1 claimed task back to the group");
    }

    private static Map<String, String> region(String code, String name, String level, String parentCode) {
        return Map.of("code", code, "name", name, "level", level, "parentCode", parentCode, "timeZone", "WIB");
    }

    @Test
    void aDistrictOfAnExistingRegencyFollowsItsRegencysRules() {
        var administrator = ApiClient.on(port).as("verifier", "demo");
        var added = administrator.post("/api/regions", region("16.06.97", "Kecamatan Uji Muba", "DISTRICT", "16.06"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);

        var roads = administrator
                .get("/api/routing?categoryCode=ROADS&regionCode=16.06.97")
                .json();

        assertThat(roads.get("agencies").findValuesAsText("code")).containsExactly("DPUPR-MUBA");
        assertThat(roads.get("basis").asText()).isEqualTo("ROUTING_RULES");
        // and a citizen can choose the district on the report form, after its regency, and in the list's filter
        var form = ApiClient.on(port).get("/lapor").text();
        assertThat(form)
                .contains("<option value=\"16.06\">Kabupaten Musi Banyuasin</option>\n"
                        + "    <option value=\"16.06.97\">Kabupaten Musi Banyuasin › Kecamatan Uji Muba</option>");
        assertThat(ApiClient.on(port).get("/laporan").text()).contains("value=\"16.06.97\"");
    }

    @Test
    void refusesRegionsThatDoNotFitTheHierarchy() {
        var administrator = ApiClient.on(port).as("verifier", "demo");

        var districtOfAProvince =
                administrator.post("/api/regions", region("16.97", "Kecamatan Salah", "DISTRICT", "16"));
        var codeOutsideItsParent =
                administrator.post("/api/regions", region("13.96", "Kabupaten Salah", "REGENCY", "16"));
        var existing = administrator.post("/api/regions", region("16.06", "Kabupaten Lain", "REGENCY", "16"));
        var unknownParent = administrator.post("/api/regions", region("99.01", "Kabupaten Lain", "REGENCY", "99"));
        var byAnOfficer = ApiClient.on(port)
                .as("pemkab-muba-officer", "demo")
                .post("/api/regions", region("16.95", "Kabupaten Lain", "REGENCY", "16"));

        assertThat(districtOfAProvince.status()).isEqualTo(400);
        assertThat(districtOfAProvince.json().get("errors").findValuesAsText("field"))
                .containsExactly("parentCode");
        assertThat(codeOutsideItsParent.status()).isEqualTo(400);
        assertThat(codeOutsideItsParent.json().get("errors").findValuesAsText("field"))
                .containsExactly("code");
        assertThat(existing.status()).isEqualTo(409);
        assertThat(unknownParent.status()).isEqualTo(400);
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/regions").json().findValuesAsText("code"))
                .doesNotContain("16.97", "13.96", "99.01", "16.95");
    }
}
