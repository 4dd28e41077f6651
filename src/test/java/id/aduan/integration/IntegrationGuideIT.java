package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The examples of {@code docs/integration.md} work as written: every {@code bash} block, in order, in one shell with
 * {@code set -euo pipefail}, against the running application with the demo administrator and the demo partner's key.
 */
@AduanIntegrationTest
class IntegrationGuideIT {

    private static final Path GUIDE = Path.of("docs/integration.md");
    private static final Pattern BASH_BLOCK = Pattern.compile("(?s)```bash\\n(.*?)```");

    @LocalServerPort
    int port;

    @Test
    void everyExampleOfTheGuideRunsAsWritten(@TempDir Path workDirectory) throws Exception {
        // given
        var blocks = bashBlocks();
        var script = workDirectory.resolve("guide.sh");
        Files.writeString(script, "set -euo pipefail\n" + String.join("\n", blocks));

        // when
        var output = workDirectory.resolve("output.txt");
        var shell = new ProcessBuilder("bash", script.toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        shell.environment().put("ADUAN", "http://localhost:" + port);
        shell.environment().put("ADMIN", "demo:demo");
        shell.environment().put("KEY", "demo-senjang-muba-key");
        var process = shell.start();
        var finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }

        // then
        var printed = Files.readString(output);
        assertThat(finished).as("the guide's examples finish").isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(printed)
                .contains("whsec_")
                .contains("Diterima melalui Senjang Muba")
                .containsPattern("(?m)^200$")
                .contains("Pesan dari pelapor");
    }

    private static List<String> bashBlocks() throws IOException {
        var blocks = new ArrayList<String>();
        var matcher = BASH_BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
