package id.aduan.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Outside the default run ({@code aduan.development=false}), refuses to start without the settings production
 * cannot do without: a real SMTP server, a password of its own for the first administrator, the public address the
 * links in e-mails point to, and when SMS are on, the SMS gateway's sendsms address and user. It runs before any bean is made, so that the start fails at once, and
 * names every missing setting together ({@link ProductionSettingsFailureAnalyzer} says what to set).
 */
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    static final String DEVELOPMENT = "aduan.development";
    static final String DEFAULT_ADMINISTRATOR_PASSWORD = "demo";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.getProperty(DEVELOPMENT, Boolean.class, false)) {
            return;
        }
        var problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new ProductionSettingsMissingException(problems);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** What is missing or unsafe in the settings for a production run, in the order README lists them. */
    private static List<Problem> problems(Environment environment) {
        var problems = new ArrayList<Problem>();
        if (!StringUtils.hasText(environment.getProperty("spring.mail.host"))
                && !StringUtils.hasText(environment.getProperty("spring.mail.jndi-name"))) {
            problems.add(new Problem(
                    "spring.mail.host",
                    "SPRING_MAIL_HOST",
                    "no SMTP server is set, so no e-mail would reach reporters or staff",
                    "your SMTP server's name (with SPRING_MAIL_PORT, SPRING_MAIL_USERNAME and SPRING_MAIL_PASSWORD"
                            + " as it needs them)"));
        }
        var password = environment.getProperty("camunda.bpm.admin-user.password");
        if (StringUtils.hasText(environment.getProperty("camunda.bpm.admin-user.id"))
                && (!StringUtils.hasText(password) || DEFAULT_ADMINISTRATOR_PASSWORD.equals(password))) {
            problems.add(new Problem(
                    "camunda.bpm.admin-user.password",
                    "CAMUNDA_BPM_ADMINUSER_PASSWORD",
                    "the first system administrator's password is "
                            + (StringUtils.hasText(password) ? "the default '" + password + "'" : "empty"),
                    "a password of its own (it is set when that user is created; change it in Camunda Admin later)"));
        }
        var publicBaseUrl = environment.getProperty("aduan.notification.public-base-url");
        publicAddressProblem(publicBaseUrl)
                .ifPresent(problem -> problems.add(new Problem(
                        "aduan.notification.public-base-url",
                        "ADUAN_NOTIFICATION_PUBLICBASEURL",
                        problem,
                        "the address where reporters and staff reach Aduan, such as https://aduan.example.go.id")));
        if (environment.getProperty("aduan.notification.sms.enabled", Boolean.class, false)) {
            smsGatewayProblems(environment, problems);
        }
        return problems;
    }

    /** SMS are on: Kannel's sendsms address and the sendsms-user of kannel.conf are needed to send any. */
    private static void smsGatewayProblems(Environment environment, List<Problem> problems) {
        var settings = new String[][] {
            {"sendsms-url", "SENDSMSURL", "Kannel's sendsms address, such as http://127.0.0.1:13013/cgi-bin/sendsms"},
            {"username", "USERNAME", "the username of the sendsms-user group in kannel.conf"},
            {"password", "PASSWORD", "the password of that sendsms-user group"}
        };
        for (var setting : settings) {
            var property = "aduan.notification.sms." + setting[0];
            if (!StringUtils.hasText(environment.getProperty(property))) {
                problems.add(new Problem(
                        property,
                        "ADUAN_NOTIFICATION_SMS_" + setting[1],
                        "SMS are on (aduan.notification.sms.enabled) but " + property + " is not set, so no SMS would"
                                + " reach reporters",
                        setting[2]));
            }
        }
    }

    /** Why the links in e-mails would not reach anyone, if they would not. */
    private static Optional<String> publicAddressProblem(String url) {
        if (!StringUtils.hasText(url)) {
            return Optional.of("no public address is set for the links in e-mails");
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null) {
            return Optional.of("the links in e-mails would start with " + url + ", which is no web address");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("0.0.0.0")) {
            return Optional.of("the links in e-mails would point to " + url + ", which only this machine reaches");
        }
        return Optional.empty();
    }

    /**
     * A setting production needs.
     *
     * @param property the property, as in application.yml
     * @param variable the environment variable that sets it
     * @param problem what is wrong with it now
     * @param wanted what to set it to
     */
    record Problem(String property, String variable, String problem, String wanted) {}
}
