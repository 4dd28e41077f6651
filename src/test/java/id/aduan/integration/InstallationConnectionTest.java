package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstallationConnectionTest {

    @Test
    void saysInALogLineWhetherAKeyAndSecretAreGivenNeverThem() {
        var connection = new InstallationConnection(
                "https://lapor.example", "aduan_k3y", "whsec_s3cret", true, List.of("DINKES-MUBA"));

        assertThat(connection.toString())
                .contains("https://lapor.example", "apiKey=(given)", "webhookSecret=(given)", "DINKES-MUBA")
                .doesNotContain("aduan_k3y", "whsec_s3cret");
        assertThat(new InstallationConnection("https://lapor.example", null, null, false, null).toString())
                .contains("apiKey=none", "webhookSecret=none");
    }
}
