package id.aduan.sms;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.complaint.PhoneNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The limits of one number's SMS, small here: reports a day, and SMS an hour with reports among them. */
@AduanIntegrationTest
@TestPropertySource(properties = {"aduan.sms.limits.reports-per-day=2", "aduan.sms.limits.commands-per-hour=4"})
class SmsLimitsIT {

    private static final String ROAD = "Jalan poros Desa Sukamaju berlubang besar sejak tiga bulan";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private KannelSmsbox kannel;

    @BeforeEach
    void setUp() {
        kannel = new KannelSmsbox(port);
    }

    @Test
    void answersANumberOverItsLimitsPolitelyOnceAndFilesNothingMore() {
        // given a number that files its two reports of the day
        var phone = "0813 5555 0101";
        assertThat(kannel.send(phone, "LAPOR " + ROAD).text()).startsWith("Laporan Anda diterima");
        assertThat(kannel.send(phone, "LAPOR " + ROAD).text()).startsWith("Laporan Anda diterima");

        // when it sends a third
        var third = kannel.send(phone, "LAPOR " + ROAD);

        // then it is told when it may report again, and nothing is filed
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.text())
                .matches("Maaf, nomor Anda sudah mengirim banyak laporan hari ini\\. Laporan berikutnya dapat dikirim"
                        + " mulai \\d{1,2} \\p{L}+ \\d{4} pukul \\d{2}\\.\\d{2} WIB\\.");
        assertThat(reports(phone)).isEqualTo(2);

        // and its other commands work until its SMS of the hour are used up
        assertThat(kannel.send(phone, "BANTUAN").text()).startsWith("SMS 1708:");

        // when it sends more
        var fifth = kannel.send(phone, "BANTUAN");
        var sixth = kannel.send(phone, "LAPOR " + ROAD);

        // then it is told once, then answered no more
        assertThat(fifth.text())
                .startsWith("Maaf, nomor Anda sudah mengirim terlalu banyak SMS. Silakan kirim lagi mulai ");
        assertThat(sixth.status()).isEqualTo(200);
        assertThat(sixth.text()).isEmpty();
        assertThat(reports(phone)).isEqualTo(2);

        // and another number is not held back
        assertThat(kannel.send("0813 5555 0102", "LAPOR " + ROAD).text()).startsWith("Laporan Anda diterima");

        // and the counts are kept without the number
        assertThat(jdbc.queryForList("select id from rate_limit_bucket", String.class))
                .anyMatch(key -> key.startsWith("quota:sms-reports:"))
                .noneMatch(key -> key.contains("5555"));
    }

    private int reports(String phone) {
        return jdbc.queryForObject(
                "select count(*) from complaint where reporter_phone = ?",
                Integer.class,
                PhoneNumbers.e164(phone).orElseThrow());
    }
}
