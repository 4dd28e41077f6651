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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The structure of docker-compose.yml and the image it builds. No Docker engine runs where the tests run,
 * so this checks what can go wrong without one: services, images, ports, start order, health checks, and
 * that every setting names something Aduan reads (README, Operations, says what was tried).
 */
class DockerComposeTest {

    private static Map<String, Object> services;
    private static Map<String, Object> aduan;
    private static Map<String, Object> environment;

    @BeforeAll
    static void readComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = map(compose.get("services"));
        aduan = map(services.get("aduan"));
        environment = map(aduan.get("environment"));
    }

    @Test
    void runsAduanPostgresqlAndMailpit() {
        assertThat(services).containsOnlyKeys("aduan", "postgres", "mailpit");
        assertThat(map(services.get("postgres")).get("image").toString()).startsWith("postgres:");
        assertThat(map(services.get("mailpit")).get("image").toString()).startsWith("axllent/mailpit:");
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
    void publishesTheUrlsThatReadmeNames() throws IOException {
        assertThat(aduan.get("ports").toString()).contains("8080:8080");
        assertThat(map(services.get("mailpit")).get("ports").toString()).contains("8025:8025");
        assertThat(Files.readString(Path.of("README.md")))
                .contains("docker compose up", "http://localhost:8080/camunda/app/", "http://localhost:8025");
    }

    @Test
    void pointsAduanAtTheOtherServices() {
        var postgres = map(map(services.get("postgres")).get("environment"));
        assertThat(environment)
                .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("ADUAN_DB_HOST", "postgres")
                .containsEntry("ADUAN_DB_NAME", postgres.get("POSTGRES_DB"))
                .containsEntry("ADUAN_DB_USER", postgres.get("POSTGRES_USER"))
                .containsEntry("ADUAN_DB_PASSWORD", postgres.get("POSTGRES_PASSWORD"))
                .containsEntry("SPRING_MAIL_HOST", "mailpit")
                .containsEntry("SPRING_MAIL_PORT", "1025");
        assertThat(Path.of("src/main/resources/application-postgres.yml")).isRegularFile();
    }

    @Test
    void setsOnlyVariablesThatNameARealSetting() throws IOException {
        var known = new HashSet<>(placeholdersInApplicationYaml());
        known.addAll(environmentNamesOfSpringProperties());
        assertThat(environment.keySet())
                .allSatisfy(variable -> assertThat(known)
                        .as("%s is neither a ${placeholder} in application*.yml nor a Spring property", variable)
                        .contains(variable));
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

    /** Every documented Spring property in its environment-variable form: spring.mail.host is SPRING_MAIL_HOST. */
    private static Set<String> environmentNamesOfSpringProperties() throws IOException {
        var json = new ObjectMapper();
        var names = new HashSet<String>();
        for (var metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (var in = metadata.getInputStream()) {
                json.readTree(in)
                        .path("properties")
                        .forEach(property -> names.add(property.get("name")
                                .asText()
                                .toUpperCase(Locale.ROOT)
                                .replace('.', '_')
                                .replace("-", "")));
            }
        }
        assertThat(names).contains("SPRING_PROFILES_ACTIVE", "CAMUNDA_BPM_JOBEXECUTION_MAXWAIT");
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
