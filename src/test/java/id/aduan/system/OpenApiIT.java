package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.Browser;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI: every operation of Aduan's APIs is in the document,
 * whichever feature adds it, with the sign-in it needs.
 */
@AduanIntegrationTest
class OpenApiIT {

    /** The paths the document covers ({@code springdoc.paths-to-match}). */
    private static final Pattern DOCUMENTED = Pattern.compile("/(api|open311)/.*");

    /** A path variable, with or without a pattern of its own: {@code {code}}, {@code {id:\d+}}, {@code {*rest}}. */
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^/]*}");

    /** The fields of a path in the document that are operations. */
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void documentsEveryOperationOfTheApis() {
        // given every operation that a controller answers under /api or /open311 (one for any method as GET)
        var answered = new TreeSet<String>();
        handlers.getHandlerMethods().keySet().forEach(mapping -> {
            var methods = mapping.getMethodsCondition().getMethods();
            mapping.getPatternValues().stream()
                    .filter(path -> DOCUMENTED.matcher(path).matches())
                    .forEach(path -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                            .forEach(method -> answered.add(operation(method.name(), path))));
        });

        // when anyone reads the document
        var document = api.get("/v3/api-docs");

        // then it has each of them
        assertThat(document.status()).isEqualTo(200);
        assertThat(answered).as("operations under /api and /open311").isNotEmpty();
        assertThat(documentedOperations(document.json())).containsAll(answered);
    }

    @Test
    void saysWhichOperationsNeedAStaffSignIn() {
        // when anyone reads the document
        var paths = api.get("/v3/api-docs").json().get("paths");

        // then the operations for staff ask for HTTP Basic, the SMS gateway's for its secret, the public ones for
        // nothing
        assertThat(security(paths, "/api/holidays", "post")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/holidays/{date}", "delete")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/overdue", "get")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/holidays", "get")).isNull();
        assertThat(security(paths, "/api/complaints", "post")).isNull();
        assertThat(security(paths, "/api/complaints/{trackingId}", "get")).isNull();
        assertThat(security(paths, "/api/sms/blocklist", "post")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/governments/{code}/staff", "get")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/governments/{code}/staff/handover", "post"))
                .isEqualTo("staffBasic");
        assertThat(security(paths, "/api/regions", "post")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/regions", "get")).isNull();
        assertThat(security(paths, "/api/installations", "get")).isEqualTo("staffBasic");
        assertThat(security(paths, "/api/statistics/installations", "get")).isNull();
        assertThat(security(paths, "/api/sms/kannel/incoming", "get")).isEqualTo("smsGateway");
        // and the SMS gateway's callbacks its shared secret
        assertThat(security(paths, "/api/sms/kannel/delivery-report", "get")).isEqualTo("smsGateway");
    }

    @Test
    void describesThePartnerApiWithItsKeyAndAnswersButNoPartnerParameter() {
        // when anyone reads the document
        var filing = api.get("/v3/api-docs").json().at("/paths/~1api~1partner~1v1~1reports/post");

        // then filing asks for the partner's key, not for a parameter, and says what each answer means
        assertThat(security(api.get("/v3/api-docs").json().get("paths"), "/api/partner/v1/reports", "post"))
                .isEqualTo("partnerKey");
        assertThat(filing.path("parameters").findValuesAsText("name")).doesNotContain("partner");
        assertThat(filing.get("responses").fieldNames())
                .toIterable()
                .contains("200", "201", "400", "401", "403", "429");
    }

    @Test
    void describesAduansApiAndHowToSignIn() {
        var document = api.get("/v3/api-docs").json();

        assertThat(document.at("/info/title").asText()).isEqualTo("Aduan API");
        assertThat(document.at("/info/version").asText()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/staffBasic/scheme").asText())
                .isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/partnerKey/scheme").asText())
                .isEqualTo("bearer");
        assertThat(document.get("paths").fieldNames())
                .toIterable()
                .allMatch(path -> DOCUMENTED.matcher(path).matches());
    }

    @Test
    void describesTheStatisticsAsOpenDataInJsonAndCsvWithTheirPeriod() {
        var paths = api.get("/v3/api-docs").json().path("paths");

        for (var path : List.of(
                "/api/statistics",
                "/api/statistics.csv",
                "/api/statistics/{level}",
                "/api/statistics/{level}.csv",
                "/api/statistics/{level}/{code}",
                "/api/statistics/{level}/{code}.csv",
                "/api/statistics/league.csv",
                "/api/statistics/backlog.csv",
                "/api/statistics/connectivity.csv",
                "/api/statistics/installations",
                "/api/statistics/installations.csv")) {
            assertThat(paths.path(path).path("get").path("tags").toString())
                    .as(path)
                    .contains("Statistics");
        }
        assertThat(paths.path("/api/statistics/{level}")
                        .path("get")
                        .path("parameters")
                        .toString())
                .contains("period", "2026-01-01..2026-03-31");
    }

    @Test
    void describesTheReportersChoiceOfSms() {
        var reporter = api.get("/v3/api-docs").json().at("/components/schemas/ReporterRequest/properties/smsUpdates");

        assertThat(reporter.path("type").asText()).isEqualTo("boolean");
        assertThat(reporter.path("description").asText()).contains("SMS", "phone");
    }

    @Test
    void servesSwaggerUiToAnyone() {
        // when anyone opens Swagger UI
        var redirect = api.get("/swagger-ui.html");
        var page = api.get("/swagger-ui/index.html");

        // then it leads to its page, whose configuration points to the document
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs/swagger-config").json().get("url").asText())
                .isEqualTo("/v3/api-docs");
    }

    @Test
    void showsTheOperationsInSwaggerUi() {
        try (var browser = Browser.open()) {
            // when a browser opens Swagger UI
            browser.driver().get("http://localhost:" + port + "/swagger-ui.html");

            // then its scripts render the document: the title, and the operations with a lock on those for staff
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".info .title"), "Aduan API"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
            browser.screenshot("swagger-ui");
            var operations =
                    browser.driver().findElements(By.cssSelector(".opblock")).size();
            var locked = browser.driver()
                    .findElements(By.cssSelector(".opblock .authorization__btn"))
                    .size();
            assertThat(locked).isPositive().isLessThan(operations);
        }
    }

    private static Set<String> documentedOperations(JsonNode document) {
        var operations = new TreeSet<String>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().fieldNames().forEachRemaining(field -> {
                    if (HTTP_METHODS.contains(field)) {
                        operations.add(operation(field, path.getKey()));
                    }
                }));
        return operations;
    }

    private static String operation(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " "
                + PATH_VARIABLE.matcher(path).replaceAll("{}");
    }

    private static String security(JsonNode paths, String path, String method) {
        var requirements = paths.path(path).path(method).path("security");
        return requirements.isMissingNode()
                ? null
                : requirements.get(0).fieldNames().next();
    }
}
