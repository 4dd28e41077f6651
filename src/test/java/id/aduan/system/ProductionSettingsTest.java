package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.AduanApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Outside the default run Aduan refuses to start without a mail server, an administrator password of its own and a
 * public address, naming the environment variable that sets each; the default run needs none of them.
 */
class ProductionSettingsTest {

    private static final String[] PRODUCTION = {
        "spring.mail.host=smtp.example.go.id",
        "camunda.bpm.admin-user.id=demo",
        "camunda.bpm.admin-user.password=S4ndi-yang-kuat",
        "aduan.notification.public-base-url=https://aduan.example.go.id"
    };

    private final ApplicationContextRunner production =
            new ApplicationContextRunner().withUserConfiguration(Checked.class).withPropertyValues(PRODUCTION);

    @Test
    void startsWithEverySettingProductionNeeds() {
        production.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void refusesToStartWithoutAMailServerNamingSpringMailHost() {
        production
                .withPropertyValues("spring.mail.host=")
                .run(context ->
                        assertThat(problems(context.getStartupFailure())).containsExactly("SPRING_MAIL_HOST"));
    }

    @Test
    void refusesToStartWithTheDefaultOrNoAdministratorPasswordNamingCamundaBpmAdminuserPassword() {
        for (var password : new String[] {"demo", "", " "}) {
            production
                    .withPropertyValues("camunda.bpm.admin-user.password=" + password)
                    .run(context -> assertThat(problems(context.getStartupFailure()))
                            .as("password '%s'", password)
                            .containsExactly("CAMUNDA_BPM_ADMINUSER_PASSWORD"));
        }
    }

    @Test
    void refusesToStartWithLinksToThisMachineOrNoneNamingAduanNotificationPublicBaseUrl() {
        for (var url : new String[] {
            "http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]/", "http://aduan.localhost", "", "aduan"
        }) {
            production
                    .withPropertyValues("aduan.notification.public-base-url=" + url)
                    .run(context -> assertThat(problems(context.getStartupFailure()))
                            .as("public-base-url '%s'", url)
                            .containsExactly("ADUAN_NOTIFICATION_PUBLICBASEURL"));
        }
    }

    @Test
    void refusesToSendSmsWithoutKannelsAddressAndUserNamingEach() {
        production
                .withPropertyValues("aduan.notification.sms.enabled=true")
                .run(context -> assertThat(problems(context.getStartupFailure()))
                        .containsExactly(
                                "ADUAN_NOTIFICATION_SMS_SENDSMSURL",
                                "ADUAN_NOTIFICATION_SMS_USERNAME",
                                "ADUAN_NOTIFICATION_SMS_PASSWORD"));
        production
                .withPropertyValues(
                        "aduan.notification.sms.enabled=true",
                        "aduan.notification.sms.sendsms-url=http://kannel:13013/cgi-bin/sendsms",
                        "aduan.notification.sms.username=aduan",
                        "aduan.notification.sms.password=K4nnel-rahasia")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void needsNoneOfThemInTheDefaultRun() {
        new ApplicationContextRunner()
                .withUserConfiguration(Checked.class)
                .withPropertyValues(
                        "aduan.development=true", "aduan.notification.public-base-url=http://localhost:8080")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class TheApplication {

        @Test
        void refusesAPostgresStartWithoutTheSettingsBeforeTouchingTheDatabaseAndSaysWhatToSet(CapturedOutput output) {
            // given the postgres profile with nothing but a database that does not answer
            var application = new SpringApplicationBuilder(AduanApplication.class)
                    .profiles("postgres")
                    .web(WebApplicationType.NONE);

            // when it starts, then it stops before it reaches the database
            assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/aduan"))
                    .isInstanceOf(ProductionSettingsMissingException.class);

            // and the console names every missing setting and the variable to set
            assertThat(output.getAll())
                    .contains("APPLICATION FAILED TO START")
                    .contains(
                            "set SPRING_MAIL_HOST to",
                            "set CAMUNDA_BPM_ADMINUSER_PASSWORD to",
                            "set ADUAN_NOTIFICATION_PUBLICBASEURL to")
                    .doesNotContain("Connection refused");
        }

        @Test
        void isTheDevelopmentRunWithoutAProfileAndInTheFullStackTestsOnly() {
            assertThat(setting(ProductionSettings.DEVELOPMENT)).isTrue();
            assertThat(setting(ProductionSettings.DEVELOPMENT, "it")).isTrue();
            assertThat(setting(ProductionSettings.DEVELOPMENT, "postgres")).isFalse();
            assertThat(setting(ProductionSettings.DEVELOPMENT, "staging")).isFalse();
        }

        @Test
        void createsDemoStaffWithTheirPasswordDemoOnlyInTheDefaultRunAndTheFullStackTests() {
            assertThat(setting(DEMO_STAFF)).isTrue();
            assertThat(setting(DEMO_STAFF, "it")).isTrue();
            assertThat(setting(DEMO_STAFF, "postgres")).isFalse();
            assertThat(setting(DEMO_STAFF, "staging")).isFalse();
        }

        /** A setting as application.yml and the profile's file set it. */
        private static boolean setting(String name, String... profiles) {
            try (var context = new SpringApplicationBuilder(NoBeans.class)
                    .profiles(profiles)
                    .web(WebApplicationType.NONE)
                    .run()) {
                return context.getEnvironment().getProperty(name, Boolean.class);
            }
        }
    }

    private static final String DEMO_STAFF = "aduan.demo.enabled";

    private static java.util.List<String> problems(Throwable failure) {
        var cause = failure;
        while (cause != null && !(cause instanceof ProductionSettingsMissingException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the start failed for want of settings").isNotNull();
        return ((ProductionSettingsMissingException) cause)
                .problems().stream().map(ProductionSettings.Problem::variable).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Checked {

        @Bean
        static ProductionSettings productionSettings() {
            return new ProductionSettings();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}
}
