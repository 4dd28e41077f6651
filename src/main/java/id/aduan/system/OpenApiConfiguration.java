package id.aduan.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI document of Aduan's APIs at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}:
 * springdoc generates it from the controllers under {@code /api} and {@code /open311} ({@code springdoc.*} in
 * application.yml). Which operations need a sign-in is asked of the security filter chains, so that the document
 * states the rules they enforce instead of a second copy of them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** Staff members: HTTP Basic with their Camunda user. */
    static final String STAFF_BASIC = "staffBasic";

    /** Partner systems: {@code Authorization: Bearer <key>} with the key Aduan gave them. */
    static final String PARTNER_KEY = "partnerKey";

    /** The SMS gateway: the shared secret {@code aduan.sms.gateway.secret} (also as the query parameter secret). */
    static final String SMS_GATEWAY = "smsGateway";

    /** Every operation of the partner systems' API needs their key. */
    private static final String PARTNER_API = "/api/partner/";

    /** Only the SMS gateway calls these, from its addresses and with the shared secret. */
    private static final String SMS_GATEWAY_API = "/api/sms/kannel/";

    private static final String DESCRIPTION = """
            Aduan handles complaints about public services as SP4N-LAPOR! does: reporters file and follow their \
            reports, agencies answer them within deadlines in working days.

            * **Reporters** need no sign-in. Filing a report returns its tracking ID and an access token; the token, \
            sent as `X-Access-Token`, opens the reporter's own view of the report and lets the reporter answer, \
            accept or object.
            * **Staff** sign in with HTTP Basic and their Camunda user (`staffBasic`) where an operation says so.
            * **Partner systems** send `Authorization: Bearer <key>` with the key Aduan gave them (`partnerKey`).

            Every error is an RFC 9457 problem detail (`application/problem+json`). Camunda's own REST API \
            (`/engine-rest`), through which systems work on tasks, is documented by Camunda.
            """;

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "openapi", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<BuildProperties> build;
    private final WebInvocationPrivilegeEvaluator privileges;

    OpenApiConfiguration(ObjectProvider<BuildProperties> build, WebInvocationPrivilegeEvaluator privileges) {
        this.build = build;
        this.privileges = privileges;
    }

    @Bean
    OpenAPI aduanOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Aduan API")
                        .version(version())
                        .description(DESCRIPTION)
                        .license(new License()
                                .name("Apache License, Version 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                STAFF_BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A staff member's Camunda user and password"))
                        .addSecuritySchemes(
                                PARTNER_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("The API key Aduan gave the partner system"))
                        .addSecuritySchemes(
                                SMS_GATEWAY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Aduan-Gateway-Secret")
                                        .description("The SMS gateway's shared secret (aduan.sms.gateway.secret), in"
                                                + " this header or the query parameter secret, from one of"
                                                + " aduan.sms.gateway.allowed-addresses")));
    }

    /**
     * Marks each operation that needs a sign-in with how to sign in: an operation of the partner systems' API with
     * their key, one of the SMS gateway's with its secret, any other that an anonymous client may not call with a
     * staff member's HTTP Basic. An operation that declares its own requirement ({@code @SecurityRequirement}) keeps
     * it.
     */
    @Bean
    OpenApiCustomizer signInRequirements() {
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getSecurity() != null) {
                        return;
                    }
                    if (path.startsWith(PARTNER_API)) {
                        operation.addSecurityItem(new SecurityRequirement().addList(PARTNER_KEY));
                    } else if (path.startsWith(SMS_GATEWAY_API)) {
                        operation.addSecurityItem(new SecurityRequirement().addList(SMS_GATEWAY));
                    } else if (!openToAnyone(path, method)) {
                        operation.addSecurityItem(new SecurityRequirement().addList(STAFF_BASIC));
                    }
                }));
    }

    private boolean openToAnyone(String path, PathItem.HttpMethod method) {
        var anyValues = PATH_VARIABLE.matcher(path).replaceAll("x");
        return privileges.isAllowed("", anyValues, method.name(), ANONYMOUS);
    }

    /** The build's version (META-INF/build-info.properties, written by Maven), or "development" without one. */
    private String version() {
        var properties = build.getIfAvailable();
        return properties == null ? "development" : properties.getVersion();
    }
}
