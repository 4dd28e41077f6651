package id.aduan.integration;

import id.aduan.AduanPostgresTest;
import id.aduan.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL as in production, ten retries of one partner report at one moment file it once. */
@AduanPostgresTest
class PartnerFilingPostgresIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenIdenticalRequestsAtTheSameMomentFileOneReport() throws Exception {
        PartnerApiIT.assertTenIdenticalRequestsFileOneReport(
                ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key"), jdbc);
    }
}
