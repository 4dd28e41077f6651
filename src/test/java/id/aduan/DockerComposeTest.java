package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The structure of docker-compose.yml, its development file and the image it builds. No Docker engine runs where the
 * tests run, so this checks what can go wrong without one: services, images, ports, start order, health checks, that
 * secrets come from .env, and that every setting names something Aduan reads (README, Docker, says what was tried).
 */
class DockerComposeTest {

    /** The variables that .env must set: docker compose refuses to start without them. */
    private static final List<String> REQUIRED = List.of(
            "ADUAN_DB_PASSWORD",
            "CAMUNDA_BPM_ADMINUSER_PASSWORD",
            "SPRING_MAIL_HOST",
            "ADUAN_NOTIFICATION_FROM",
            "ADUAN_NOTIFICATION_PUBLICBASEURL",
            "ADUAN_SMS_GATEWAY_SECRET",
            "ADUAN_NOTIFICATION_SMS_PASSWORD");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[?-][^}]*)?}");

    private static Map<String, Object> services;
    private static Map<String, Object> aduan;
    private static Map<String, Object> environment;
    private static Map<String, Object> development;

    @BeforeAll
    static void readComposeFiles() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = map(compose.get("services"));
        aduan = map(services.get("aduan"));
        environment = map(aduan.get("environment"));
        Map<String, Object> dev = new Yaml().load(Files.readString(Path.of("docker-compose.dev.yml")));
        development = map(dev.get("services"));
    }

    @Test
    void runsAduanPostgresqlAndKannelAndMailpitOnlyWithTheDevelopmentFile() {
        assertThat(services).containsOnlyKeys("aduan", "postgres", "kannel");
        assertThat(map(services.get("postgres")).get("image").toString()).startsWith("postgres:");
        assertThat(development).containsOnlyKeys("aduan", "mailpit");
        assertThat(map(development.get("mailpit")).get("image").toString()).startsWith("axllent/mailpit:");
        assertThat(Path.of("docker-compose.override.yml"))
                .as("compose would apply an override file without being asked")
                .doesNotExist();
    }

    @Test
    void buildsAduanFromThisRepositoryWithADockerfileWhoseSourcesExist() throws IOException {
        var build = map(aduan.get("build"));
        assertThat(build.get("context")).isEqualTo(".");
        var dockerfile = Path.of(build.get("dockerfile").toString());
        assertThat(dockerfile).isRegularFile();
        var instructions = Files.readAllLines(dockerfile);
        var copied = instructions.stream()
                .filter(line -> line.startsWith("COPY ") && !line.contains("--from="))
                .flatMap(line -> {
                    var words = List.of(line.substring("COPY ".length()).trim().split("\\s+"));
                    return words.subList(0, words.size() - 1).stream();
                })
                .toList();
        assertThat(copied).contains("pom.xml", "src", "bpmn", "forms");
        assertThat(copied).allSatisfy(source -> assertThat(Path.of(source)).exists());
        assertThat(instructions).contains("EXPOSE 8080");
        // the heap the benchmark measured resident memory with (README, Benchmarks), which operators may change
        assertThat(instructions).contains("ENV JDK_JAVA_OPTIONS=\"-Xmx512m\"");
        assertThat(instructions.stream().filter(line -> line.startsWith("ENTRYPOINT")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .doesNotContain("-Xmx", "RAMPercentage");
    }

    @Test
    void buildsKannelFromDebiansPackagesWithTheShippedConfigurationAndAnEntrypointThatSetsItsSecrets()
            throws IOException {
        var build = map(map(services.get("kannel")).get("build"));
        var context = Path.of(build.get("context").toString());
        var dockerfile =
                Files.readAllLines(context.resolve(build.get("dockerfile").toString()));
        assertThat(dockerfile).contains("FROM debian:bookworm-slim");
        assertThat(String.join("\n", dockerfile))
                .contains("apt-get install -y --no-install-recommends kannel kannel-extras");
        assertThat(dockerfile)
                .contains(
                        "COPY kannel.conf /etc/kannel/kannel.conf",
                        "COPY entrypoint /usr/local/bin/kannel-entrypoint",
                        "USER kannel",
                        "VOLUME /var/spool/kannel");
        assertThat(context.resolve("kannel.conf")).isEqualTo(KannelGateway.CONFIGURATION);
        var entrypoint = context.resolve("entrypoint");
        assertThat(Files.isExecutable(entrypoint))
                .as("%s is executable", entrypoint)
                .isTrue();
        var kannelConf = Files.readString(KannelGateway.CONFIGURATION);
        var script = Files.readString(entrypoint);
        for (var demoValue : List.of("demo-kannel-secret", "demo-kannel-password", "demo-kannel-admin")) {
            assertThat(kannelConf).contains(demoValue);
            assertThat(script).contains("s/" + demoValue + "/");
        }
        var kannelEnvironment = map(map(services.get("kannel")).get("environment"));
        assertThat(kannelEnvironment)
                .containsOnlyKeys("ADUAN_SMS_GATEWAY_SECRET", "KANNEL_SENDSMS_PASSWORD", "KANNEL_ADMIN_PASSWORD");
        assertThat(kannelEnvironment.keySet())
                .allSatisfy(variable -> assertThat(script).contains("${" + variable + ":-"));
    }

    @Test
    void pointsAduanAndKannelAtEachOtherWithTheSameSecretAndSendsmsAccount() throws IOException {
        var kannel = map(services.get("kannel"));
        var kannelEnvironment = map(kannel.get("environment"));
        var configuration = KannelGateway.Configuration.read(KannelGateway.CONFIGURATION);
        assertThat(configuration.value("sms-service", "get-url"))
                .startsWith("http://aduan:8080/api/sms/kannel/incoming?secret=demo-kannel-secret&");
        assertThat(aduan.get("ports").toString()).contains(":8080]");
        assertThat(environment)
                .containsEntry(
                        "ADUAN_NOTIFICATION_SMS_SENDSMSURL",
                        "http://kannel:" + configuration.value("smsbox", "sendsms-port") + "/cgi-bin/sendsms")
                .containsEntry("ADUAN_NOTIFICATION_SMS_USERNAME", configuration.value("sendsms-user", "username"))
                .containsEntry("ADUAN_NOTIFICATION_SMS_ENABLED", "${ADUAN_NOTIFICATION_SMS_ENABLED:-false}")
                .containsEntry(
                        "ADUAN_NOTIFICATION_SMS_DELIVERYREPORTURL",
                        "http://aduan:8080/api/sms/kannel/delivery-report?secret=${ADUAN_SMS_GATEWAY_SECRET}");
        assertThat(kannelEnvironment.get("ADUAN_SMS_GATEWAY_SECRET"))
                .isEqualTo(environment.get("ADUAN_SMS_GATEWAY_SECRET"));
        assertThat(kannelEnvironment.get("KANNEL_SENDSMS_PASSWORD"))
                .isEqualTo(environment.get("ADUAN_NOTIFICATION_SMS_PASSWORD"));
        assertThat(environment.get("ADUAN_SMS_GATEWAY_ALLOWEDADDRESSES").toString())
                .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");
        assertThat(kannel).doesNotContainKey("ports");
        assertThat(kannel.get("volumes").toString()).contains(":/var/spool/kannel");
        assertThat(map(kannel.get("healthcheck")).get("test").toString())
                .contains("http://127.0.0.1:" + configuration.value("core", "admin-port") + "/status.txt");
        assertThat(map(map(development.get("aduan")).get("environment")))
                .containsEntry("ADUAN_NOTIFICATION_SMS_ENABLED", "true");
    }

    @Test
    void startsAduanOnceThePostgresqlServerIsHealthyAndChecksItsReadiness() {
        var dependsOn = map(aduan.get("depends_on"));
        assertThat(map(dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(map(services.get("postgres")).get("healthcheck"))
                        .get("test")
                        .toString())
                .contains("pg_isready");
        assertThat(map(aduan.get("healthcheck")).get("test").toString()).contains("/actuator/health/readiness");
        assertThat(map(services.get("postgres")).get("volumes").toString()).contains(":/var/lib/postgresql/data");
    }

    @Test
    void publishesTheUrlsThatReadmeNamesAndMailpitOnThisMachineOnly() throws IOException {
        assertThat(aduan.get("ports").toString()).contains("8080:8080");
        assertThat(map(services.get("postgres"))).doesNotContainKey("ports");
        assertThat(map(development.get("mailpit")).get("ports").toString()).isEqualTo("[127.0.0.1:8025:8025]");
        assertThat(Files.readString(Path.of("README.md")))
                .contains(
                        "docker compose up",
                        "docker compose -f docker-compose.yml -f docker-compose.dev.yml up",
                        "http://localhost:8080/camunda/app/",
                        "http://localhost:8025",
                        ".env.example");
    }

    @Test
    void createsNoDemoStaffAndTakesEverySecretFromTheEnvFile() {
        assertThat(environment).containsEntry("ADUAN_DEMO_ENABLED", "false");
        for (var variable : REQUIRED) {
            assertThat(environment.get(variable).toString())
                    .as(variable)
                    .startsWith("${" + variable + ":?")
                    .contains(".env");
        }
        assertThat(environment.get("SPRING_MAIL_USERNAME")).isEqualTo("${SPRING_MAIL_USERNAME:-}");
        assertThat(environment.get("SPRING_MAIL_PASSWORD")).isEqualTo("${SPRING_MAIL_PASSWORD:-}");
        assertThat(map(map(services.get("postgres")).get("environment")).get("POSTGRES_PASSWORD"))
                .isEqualTo(environment.get("ADUAN_DB_PASSWORD"));
    }

    @Test
    void explainsEveryVariableInEnvExampleAndKeepsEnvOutOfGitAndTheImage() throws IOException {
        var used = VARIABLE.matcher(Files.readString(Path.of("docker-compose.yml")))
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        var explained = Files.readAllLines(Path.of(".env.example")).stream()
                .filter(line -> line.matches("[A-Z0-9_]+=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(used).containsAll(REQUIRED);
        assertThat(explained).isEqualTo(used);
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
        assertThat(Files.readAllLines(Path.of("src/main/docker/Dockerfile.dockerignore")))
                .contains(".env");
    }

    @Test
    void pointsAduanAtTheOtherServices() {
        var postgres = map(map(services.get("postgres")).get("environment"));
        assertThat(environment)
                .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("ADUAN_DB_HOST", "postgres")
                .containsEntry("ADUAN_DB_NAME", postgres.get("POSTGRES_DB"))
                .containsEntry("ADUAN_DB_USER", postgres.get("POSTGRES_USER"));
        var developmentAduan = map(development.get("aduan"));
        assertThat(map(developmentAduan.get("environment")))
                .containsEntry("SPRING_MAIL_HOST", "mailpit")
                .containsEntry("SPRING_MAIL_PORT", "1025")
                .containsEntry("ADUAN_DEMO_ENABLED", "true");
        assertThat(map(map(developmentAduan.get("depends_on")).get("mailpit")).get("condition"))
                .isEqualTo("service_started");
        assertThat(Path.of("src/main/resources/application-postgres.yml")).isRegularFile();
    }

    @Test
    void setsOnlyVariablesThatNameARealSetting() throws IOException {
        var known = new HashSet<>(placeholdersInApplicationYaml());
        known.addAll(environmentNamesOfApplicationYaml());
        var maps = new HashSet<String>();
        known.addAll(environmentNamesOfSpringProperties(maps));
        var variables = new HashSet<>(environment.keySet());
        variables.addAll(map(map(development.get("aduan")).get("environment")).keySet());
        assertThat(variables)
                .allSatisfy(variable -> assertThat(known.contains(variable)
                                || maps.stream().anyMatch(prefix -> variable.startsWith(prefix + "_")))
                        .as(
                                "%s is neither a ${placeholder} in application*.yml nor a property Aduan or Spring reads",
                                variable)
                        .isTrue());
    }

    /** ADUAN_DB_HOST and the like, read as ${ADUAN_DB_HOST:localhost} in src/main/resources/application*.yml. */
    private static Set<String> placeholdersInApplicationYaml() throws IOException {
        var placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");
        var names = new HashSet<String>();
        try (var files = Files.list(Path.of("src/main/resources"))) {
            for (var file : files.filter(path -> path.getFileName().toString().startsWith("application"))
                    .toList()) {
                placeholder.matcher(Files.readString(file)).results().forEach(match -> names.add(match.group(1)));
            }
        }
        return names;
    }

    /** Every property that application*.yml sets, in its environment-variable form. */
    private static Set<String> environmentNamesOfApplicationYaml() throws IOException {
        var names = new HashSet<String>();
        try (var files = Files.list(Path.of("src/main/resources"))) {
            for (var file : files.filter(path -> path.getFileName().toString().startsWith("application"))
                    .toList()) {
                for (var document : new Yaml().loadAll(Files.readString(file))) {
                    collectNames("", document, names);
                }
            }
        }
        assertThat(names).contains("ADUAN_NOTIFICATION_PUBLICBASEURL");
        return names;
    }

    private static void collectNames(String prefix, Object node, Set<String> names) {
        if (node instanceof Map<?, ?> children) {
            children.forEach((key, child) -> collectNames(prefix + key + ".", child, names));
        } else if (!prefix.isEmpty()) {
            names.add(environmentName(prefix.substring(0, prefix.length() - 1)));
        }
    }

    /**
     * Every documented Spring property in its environment-variable form: spring.mail.host is SPRING_MAIL_HOST. Adds
     * the names of map properties, whose keys follow in a variable's name, to {@code maps}.
     */
    private static Set<String> environmentNamesOfSpringProperties(Set<String> maps) throws IOException {
        var json = new ObjectMapper();
        var names = new HashSet<String>();
        for (var metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (var in = metadata.getInputStream()) {
                json.readTree(in).path("properties").forEach(property -> {
                    var name = environmentName(property.get("name").asText());
                    names.add(name);
                    if (property.path("type").asText().startsWith("java.util.Map")) {
                        maps.add(name);
                    }
                });
            }
        }
        assertThat(names).contains("SPRING_PROFILES_ACTIVE", "CAMUNDA_BPM_JOBEXECUTION_MAXWAIT");
        assertThat(maps).contains("SPRING_MAIL_PROPERTIES");
        return names;
    }

    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
