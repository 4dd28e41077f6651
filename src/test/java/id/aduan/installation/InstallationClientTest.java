package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InstallationClientTest {

    @Test
    void givesAReportsFilesTheTimeTheyTakeOnASlowLinkBesideTheTimeouts() {
        assertThat(InstallationClient.uploadTime(0)).isZero();
        // three files of 5 MB at about 1 Mbit/s
        assertThat(InstallationClient.uploadTime(3 * 5 * 1024 * 1024)).isEqualTo(Duration.ofSeconds(120));
    }
}
