package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administrators connect another Aduan installation: its address, the key and webhook secret it issued (written, never
 * shown), whether its reports skip verification here, and the agencies it serves, each served by one installation.
 */
@AduanIntegrationTest
class InstallationConnectionIT {

    @LocalServerPort
    int port;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.on(port).as("demo", "demo");
    }

    /** An agency of its own for each test, so that no other test's reports are forwarded. */
    private String newMinistry() {
        var code = "KEMEN-UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var added = administrator.post(
                "/api/agencies",
                Map.of("code", code, "name", "Kementerian Uji " + code, "level", "MINISTRY", "timeZone", "WIB"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return code;
    }

    @Test
    void keepsTheConnectionAndShowsNeitherItsKeyNorItsSecret() {
        // when an administrator connects the national installation, which serves a ministry
        var ministry = newMinistry();
        var added =
                administrator.post("/api/integrations", installation(ministry, "aduan_key_nasional", "whsec_c2VjcmV0"));

        // then it shows the connection, and only that a key and a secret are saved
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        var connection = added.json().get("integration").get("installation");
        assertThat(connection.get("url").asText()).isEqualTo("https://lapor.example.go.id");
        assertThat(connection.get("apiKeySaved").asBoolean()).isTrue();
        assertThat(connection.get("webhookSecretSaved").asBoolean()).isTrue();
        assertThat(connection.get("skipVerification").asBoolean()).isTrue();
        assertThat(connection.get("servedAgencies").get(0).asText()).isEqualTo(ministry);
        assertThat(added.text()).doesNotContain("aduan_key_nasional", "whsec_c2VjcmV0");

        // when it is saved again without the key and secret, and serving no agency
        var id = added.json().get("integration").get("id").asLong();
        var details = installation(null, null, null);
        details.put("name", added.json().get("integration").get("name").asText());
        var changed = administrator.put("/api/integrations/" + id, details);

        // then the key and secret are kept
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("installation").get("apiKeySaved").asBoolean())
                .isTrue();
        assertThat(changed.json().get("installation").get("webhookSecretSaved").asBoolean())
                .isTrue();
        assertThat(changed.json().get("installation").get("servedAgencies")).isEmpty();
    }

    @Test
    void anAgencyIsServedByOneInstallationAtMost() {
        var ministry = newMinistry();
        var first = administrator.post("/api/integrations", installation(ministry, "k1", "whsec_a2V5"));
        assertThat(first.status()).as(first.text()).isEqualTo(201);

        var second = administrator.post("/api/integrations", installation(ministry, "k2", "whsec_a2V5"));

        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(field(second)).isEqualTo("installation.servedAgencies");
        assertThat(second.text()).contains(ministry);
    }

    @Test
    void namesTheFieldOfABadConnection() {
        var otherKind = installation(null, "k", "whsec_a2V5");
        otherKind.put("kind", "MOBILE_APP");
        var unknownAgency = installation("NO-SUCH-AGENCY", "k", "whsec_a2V5");
        var notAUrl = installation(null, "k", "whsec_a2V5");
        notAUrl.put("installation", Map.of("url", "ftp://lapor.example.go.id", "servedAgencies", List.of()));

        assertThat(field(administrator.post("/api/integrations", otherKind))).isEqualTo("installation");
        assertThat(field(administrator.post("/api/integrations", unknownAgency)))
                .isEqualTo("installation.servedAgencies");
        assertThat(field(administrator.post("/api/integrations", notAUrl))).isEqualTo("installation.url");
    }

    private static String field(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(400, 409);
        return answer.json().get("errors").get(0).get("field").asText();
    }

    private static Map<String, Object> installation(String servedAgency, String apiKey, String webhookSecret) {
        var connection = new LinkedHashMap<String, Object>();
        connection.put("url", "https://lapor.example.go.id");
        connection.put("apiKey", apiKey);
        connection.put("webhookSecret", webhookSecret);
        connection.put("skipVerification", true);
        connection.put("servedAgencies", servedAgency == null ? List.of() : List.of(servedAgency));
        var details = PartnerApiIT.details("Aduan Nasional " + UUID.randomUUID(), 600);
        details.put("kind", "ADUAN_INSTALLATION");
        details.put("installation", connection);
        return details;
    }
}
