package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void sendsIndonesianTextInTheGsmAlphabet() {
        assertThat(SmsText.isGsm7("Laporan ADU-7K3M-9Q01 diterima. Cek: CEK 7K3M9Q01 ke 1708 (€5)"))
                .isTrue();
    }

    @Test
    void sendsEmojiAndCurlyQuotesAsUcs2() {
        assertThat(SmsText.isGsm7("Jalan rusak 😡")).isFalse();
        assertThat(SmsText.isGsm7("“rusak”")).isFalse();
    }

    @Test
    void countsTheSmsALongTextTakes() {
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
        assertThat(SmsText.segments("😡".repeat(35))).isEqualTo(1);
        assertThat(SmsText.segments("😡".repeat(36))).isEqualTo(2);
    }
}
