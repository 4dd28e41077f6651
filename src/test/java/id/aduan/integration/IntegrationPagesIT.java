package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * National and system administrators manage partner systems on the staff page {@code /staff/integrations}, through
 * the real HTTP server, signed in with HTTP Basic, each form sent with the token and cookie of the page it is on.
 */
@AduanIntegrationTest
class IntegrationPagesIT {

    private static final String PAGE = "/staff/integrations";
    private static final String FORM = StaffPages.FORM;
    private static final Pattern API_KEY = Pattern.compile("id=\"api-key\">(aduan_[A-Za-z0-9_-]+)<");

    @Autowired
    IntegrationService integrations;

    @LocalServerPort
    int port;

    @Test
    void listsEveryPartnerWithItsKeysByPrefixOnly() {
        // when a national administrator opens the page
        var page = as("verifier").get(PAGE);

        // then it lists the partners with what administrators manage, and their keys by their first characters
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("Senjang Muba", "SAPA Muba", "RABEG", "REGIONAL_APP", "16.06", "PEMKAB-MUBA", "36.73")
                .contains("rabeg@serangkota.example", "1000 laporan per jam", "600 permintaan per menit")
                .contains("demo-senjang…", "ACTIVE", "membaca change feed")
                .doesNotContain("demo-senjang-muba-key", "whsec_");
    }

    @Test
    void addsAPartnerAndShowsItsKeyAndWebhookSecretOnce() {
        // when an administrator adds a partner
        var name = "Lapor Kukar " + UUID.randomUUID();
        var answer = submit("demo", PAGE, addForm(name) + "&callbackUrl=https://lapor.kukarkab.example/aduan/webhooks");

        // then the answer shows its key and webhook secret, saying that it will not show them again
        assertThat(answer.status()).isEqualTo(200);
        var apiKey = key(answer.text());
        assertThat(answer.text()).contains(name, "tidak akan ditampilkan lagi", "whsec_");
        assertThat(integrations.authenticate(apiKey).name()).isEqualTo(name);

        // and the list shows the partner and its callback, its key by prefix only, and neither secret
        assertThat(as("demo").get(PAGE).text())
                .contains(name, "https://lapor.kukarkab.example/aduan/webhooks", "aktif (active)")
                .contains(apiKey.substring(0, 12) + "…")
                .doesNotContain(apiKey, "whsec_");
    }

    @Test
    void rotatesAKeyWithAGracePeriodAndRevokesAKeyAtOnce() {
        // given a partner with its first key
        var firstKey = key(submit("demo", PAGE, addForm("SP4N Sumsel " + UUID.randomUUID()))
                .text());
        var partner = integrations.authenticate(firstKey);

        // when an administrator rotates its key, giving the first key a day
        var rotated = submit("demo", PAGE + "/" + partner.id() + "/keys", "graceHours=24");

        // then the new key is shown once, without a new webhook secret, and both keys work
        var secondKey = key(rotated.text());
        assertThat(rotated.text())
                .contains("tidak akan ditampilkan lagi", "Rahasia webhook tetap sama")
                .doesNotContain("whsec_");
        assertThat(integrations.authenticate(secondKey).id()).isEqualTo(partner.id());
        assertThat(integrations.authenticate(firstKey).id()).isEqualTo(partner.id());

        // when the administrator revokes the first key
        var first = integrations.get(partner.id()).keys().get(0);
        var revoked = submit("demo", PAGE + "/" + partner.id() + "/keys/" + first.id() + "/revoke", "");

        // then it no longer works, the new one does, and the page says so
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(revoked.header("Location")).endsWith(PAGE + "?info=revoked");
        assertThatThrownBy(() -> integrations.authenticate(firstKey)).isInstanceOf(PartnerKeyException.class);
        assertThat(integrations.authenticate(secondKey).id()).isEqualTo(partner.id());
        assertThat(as("demo").get(PAGE + "?info=revoked").text()).contains("Kunci dicabut");
    }

    @Test
    void suspendsAPartnerAndMakesItActiveAgain() {
        // given
        var apiKey = key(
                submit("demo", PAGE, addForm("Sapa Warga " + UUID.randomUUID())).text());
        var id = integrations.authenticate(apiKey).id();

        // when a national administrator suspends it
        var suspended = submit("verifier", PAGE + "/" + id + "/status", "status=SUSPENDED");

        // then its key is refused, and the page offers to activate it
        assertThat(suspended.header("Location")).endsWith(PAGE + "?info=suspended");
        assertThat(integrations.get(id).status()).isEqualTo(IntegrationStatus.SUSPENDED);
        assertThatThrownBy(() -> integrations.authenticate(apiKey)).isInstanceOf(PartnerKeyException.class);
        assertThat(as("verifier").get(PAGE).text()).contains("Aktifkan (activate)");

        // when it is made active again, its key works again
        var active = submit("verifier", PAGE + "/" + id + "/status", "status=ACTIVE");
        assertThat(active.header("Location")).endsWith(PAGE + "?info=active");
        assertThat(integrations.authenticate(apiKey).id()).isEqualTo(id);
    }

    @Test
    void showsMistakesNextToTheirFieldsWithTheInputKept() {
        // when a partner is added without a name, with a wrong e-mail address
        var invalid = submit(
                "demo",
                PAGE,
                "name=&kind=REGIONAL_APP&contact=bukan-email&regionCode=16.06&status=ACTIVE"
                        + "&reportsPerHour=100&requestsPerMinute=60");

        // then the form says so next to each field, keeping what was typed, and adds nothing
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text())
                .contains("id=\"name-error\"", "id=\"contact-error\"", "value=\"bukan-email\"", "value=\"16.06\"")
                .doesNotContain("id=\"api-key\"");

        // and an unknown region, a name taken already and a grace period beyond 30 days are named too
        var unknownRegion = submit("demo", PAGE, addForm("Aplikasi " + UUID.randomUUID()) + "&regionCode=99.99");
        assertThat(unknownRegion.status()).isEqualTo(400);
        assertThat(unknownRegion.text()).contains("id=\"regionCode-error\"", "value=\"99.99\"");
        var taken = submit("demo", PAGE, addForm("RABEG"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.text()).contains("id=\"name-error\"");
        var rabeg = integrations.list().stream()
                .filter(partner -> partner.name().equals("RABEG"))
                .findFirst()
                .orElseThrow();
        var tooLong = submit("demo", PAGE + "/" + rabeg.id() + "/keys", "graceHours=1000");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("id=\"grace-" + rabeg.id() + "-error\"", "value=\"1000\"");
        assertThat(integrations.get(rabeg.id()).keys()).hasSize(rabeg.keys().size());
    }

    @Test
    void isForAdministratorsAloneAndItsFormsNeedTheirCsrfToken() {
        // when an administrator's form comes without its token
        var name = "Klien Open311 " + UUID.randomUUID();
        var withoutToken = as("demo").send("POST", PAGE, FORM, addForm(name));

        // then it is refused and adds nothing
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(integrations.list()).noneMatch(partner -> partner.name().equals(name));

        // and staff who are no administrators, and anyone not signed in, are refused
        assertThat(ApiClient.on(port).get(PAGE).status()).isEqualTo(401);
        assertThat(as("dinkes-muba-officer").get(PAGE).status()).isEqualTo(403);
        assertThat(as("ombudsman").get(PAGE).status()).isEqualTo(403);
    }

    private ApiClient as(String user) {
        return ApiClient.on(port).as(user, "demo");
    }

    /** Sends a form as the user's browser would: with the token of the page, and the cookies that came with it. */
    private ApiClient.Response submit(String user, String path, String form) {
        return StaffPages.submit(as(user), PAGE, path, form);
    }

    private static String addForm(String name) {
        return "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&kind=REGIONAL_APP&contact=integrasi%40kukarkab.example&status=ACTIVE"
                + "&reportsPerHour=100&requestsPerMinute=60";
    }

    private static String key(String page) {
        var key = API_KEY.matcher(page);
        assertThat(key.find()).as("an API key on the page").isTrue();
        return key.group(1);
    }
}
