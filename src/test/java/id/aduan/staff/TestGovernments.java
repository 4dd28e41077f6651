package id.aduan.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.ApiClient;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Governments that full-stack tests add through the API as a national administrator, each with three units (health,
 * inspectorate, communications) and a first coordinator named by the administrator, so that tests that change staff
 * change no one else's.
 */
final class TestGovernments {

    static final String PASSWORD = "Sandi-Awal-2026!";

    private TestGovernments() {}

    /** A government just added, its units' codes, and its coordinator's user id. */
    record TestGovernment(String code, String health, String inspectorate, String communications, String coordinator) {

        String officers(String agency) {
            return agency.toLowerCase(Locale.ROOT) + "-officers";
        }

        String supervisors(String agency) {
            return agency.toLowerCase(Locale.ROOT) + "-supervisors";
        }

        String liaison() {
            return code.toLowerCase(Locale.ROOT) + "-liaison";
        }

        String coordinators() {
            return officers(code);
        }

        String staff() {
            return "/api/governments/" + code + "/staff";
        }

        String member(String group, String userId) {
            return staff() + "/groups/" + group + "/members/" + userId;
        }
    }

    static TestGovernment add(ApiClient administrator) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var code = "PEMKAB-UJI-" + suffix.toUpperCase(Locale.ROOT);
        addAgency(administrator, code, "Pemerintah Kabupaten Uji " + suffix, "REGENCY_CITY", null);
        var government = new TestGovernment(
                code,
                "DINKES-UJI-" + suffix.toUpperCase(Locale.ROOT),
                "INSPEKTORAT-UJI-" + suffix.toUpperCase(Locale.ROOT),
                "DISKOMINFO-UJI-" + suffix.toUpperCase(Locale.ROOT),
                "koordinator-" + suffix);
        addAgency(administrator, government.health(), "Dinas Kesehatan Uji " + suffix, "UNIT", code);
        addAgency(administrator, government.inspectorate(), "Inspektorat Uji " + suffix, "UNIT", code);
        addAgency(administrator, government.communications(), "Dinas Kominfo Uji " + suffix, "UNIT", code);
        var coordinator =
                administrator.post(government.staff(), account(government.coordinator(), government.coordinators()));
        assertThat(coordinator.status()).as(coordinator.text()).isEqualTo(201);
        return government;
    }

    static Map<String, String> account(String userId, String groupId) {
        return Map.of(
                "userId",
                userId,
                "firstName",
                "Petugas",
                "lastName",
                "Uji " + userId,
                "email",
                userId + "@kab-uji.example",
                "password",
                PASSWORD,
                "groupId",
                groupId);
    }

    private static void addAgency(ApiClient administrator, String code, String name, String level, String parent) {
        var agency = new java.util.HashMap<String, Object>(
                Map.of("code", code, "name", name, "level", level, "timeZone", "WIB"));
        if (parent != null) {
            agency.put("parentCode", parent);
        }
        var added = administrator.post("/api/agencies", agency);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
    }
}
