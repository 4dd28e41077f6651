package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.complaint.Language;
import id.aduan.system.SmsText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** Every SMS of a reporter fits in two SMS, with long texts cut and the tracking ID, link and commands whole. */
class SmsComposerTest {

    /** A link as long as a regency's own address makes it: the token alone is 43 characters. */
    private static final String LINK = "https://pengaduan.musibanyuasinkab.go.id/laporan/ADU-7K3M-9QXH?token="
            + "Xk2c9vQpL0aZ7mN4bT8rW1yE6uI3oP5sD2fG7hJ9kLq";

    private static final String LONG_AGENCY = "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman"
            + " Kabupaten Musi Banyuasin Provinsi Sumatera Selatan (Bidang Bina Marga dan Jembatan)";

    private static final String LONG_ANSWER = ("Terima kasih atas laporan Anda. Tim kami telah meninjau lokasi jalan"
                    + " poros desa di Sekayu dan menambal lubang sepanjang dua ratus meter. ")
            .repeat(20)
            .substring(0, 2000);

    private final SmsComposer composer = new SmsComposer(new SmsTemplates(properties(null)));

    private static NotificationProperties properties(Path templates) {
        return new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", templates, null, 0);
    }

    private static Map<String, Object> values(String answer) {
        var values = new HashMap<String, Object>();
        values.put("trackingId", "ADU-7K3M-9QXH");
        values.put("verificationDays", 3);
        values.put("firstResponseDays", 5);
        values.put("windowDays", 10);
        values.put("linkValidDays", 30);
        values.put("shortCode", "1708");
        values.put("link", LINK);
        values.put("agencyName", LONG_AGENCY);
        values.put("agencyList", LONG_AGENCY + ", " + LONG_AGENCY + ", Badan Penyelenggara Jaminan Sosial Kesehatan");
        values.put("question", answer);
        values.put("reason", answer);
        values.put("answer", answer);
        values.put("dueDate", "26 Mar 2026");
        return values;
    }

    static Stream<Arguments> smsKindsInEachLanguage() {
        return Arrays.stream(NotificationKind.values())
                .filter(NotificationKind::sms)
                .flatMap(kind -> Stream.of(Arguments.of(kind, Language.ID), Arguments.of(kind, Language.EN)));
    }

    @ParameterizedTest
    @MethodSource("smsKindsInEachLanguage")
    void fitsTwoSmsWithLongTextsAndKeepsTheTrackingIdWhole(NotificationKind kind, Language language) {
        var text = composer.compose(kind, language, values(LONG_ANSWER));

        assertThat(SmsText.segments(text)).as(text).isLessThanOrEqualTo(2);
        assertThat(SmsText.isGsm7(text)).as(text).isTrue();
        assertThat(text).startsWith("ADU-7K3M-9QXH").doesNotContain("[(", "${", "/*", "null");
    }

    @ParameterizedTest
    @MethodSource("smsKindsInEachLanguage")
    void tellsTheReporterHowToAnswerInFull(NotificationKind kind, Language language) {
        var text = composer.compose(kind, language, values(LONG_ANSWER));

        switch (kind) {
            case RECEIPT, AGENCY_ANSWER -> assertThat(text).contains(LINK);
            case ROUTED -> assertThat(text).contains("CEK ADU-7K3M-9QXH");
            case DEFERRED, INFORMATION_REQUESTED -> assertThat(text).contains("BALAS ADU-7K3M-9QXH <", "26 Mar 2026");
            case ANSWERS_READY, WINDOW_CLOSING ->
                assertThat(text).contains(LINK, "TERIMA ADU-7K3M-9QXH <1-5>", "TOLAK ADU-7K3M-9QXH <");
            case ARCHIVED ->
                assertThat(text).contains(": Terima kasih atas laporan Anda.").endsWith("...");
            case CLOSED_WITHOUT_ANSWER -> assertThat(text).contains("LAPOR <");
            default -> assertThat(text).doesNotContain("...");
        }
    }

    @Test
    void quotesTheFirstWordsOfALongAnswerAndCutsAtAWord() {
        var text = composer.compose(NotificationKind.ANSWERS_READY, Language.ID, values(LONG_ANSWER));

        assertThat(text).contains("\"Terima kasih atas laporan Anda.");
        var quoted = text.substring(text.indexOf('"') + 1, text.indexOf("...\""));
        assertThat(LONG_ANSWER).startsWith(quoted + " ");
    }

    @Test
    void sendsAShortAnswerWhole() {
        var text = composer.compose(NotificationKind.ANSWERS_READY, Language.EN, values("Fixed on Monday."));

        assertThat(text)
                .startsWith("ADU-7K3M-9QXH followed up: \"Fixed on Monday.\" Read: " + LINK)
                .endsWith("TOLAK ADU-7K3M-9QXH <reason> to 1708 by 26 Mar 2026.");
    }

    @Test
    void cutsALongAgencyNameOnlyAsFarAsNeeded() {
        var values = values("Kapan?");
        var text = composer.compose(NotificationKind.INFORMATION_REQUESTED, Language.ID, values);

        assertThat(text).contains("Dinas Pekerjaan Umum", "meminta informasi: Kapan? Jawab sebelum 26 Mar 2026");
        assertThat(SmsText.segments(text)).isLessThanOrEqualTo(2);
    }

    @Test
    void sendsEmojiAsUcs2WhereTheTextFits() {
        var text = composer.compose(NotificationKind.ARCHIVED, Language.ID, values("Duplikat dari ADU-4HJ2-8KLM 🙏"));

        assertThat(text).isEqualTo("ADU-7K3M-9QXH: Laporan Anda diarsipkan. Alasan: Duplikat dari ADU-4HJ2-8KLM 🙏");
        assertThat(SmsText.isGsm7(text)).isFalse();
        assertThat(SmsText.segments(text)).isEqualTo(2);
    }

    @Test
    void sendsALongQuestionWithEmojiInTheGsmAlphabetWhichHoldsMoreOfIt() {
        var question = "Mohon kirim foto lokasi 📷 dan sebutkan nama desa. " + LONG_ANSWER;

        var text = composer.compose(NotificationKind.DEFERRED, Language.EN, values(question));

        assertThat(SmsText.isGsm7(text)).isTrue();
        assertThat(SmsText.segments(text)).isEqualTo(2);
        assertThat(text)
                .contains("The verifier asks: Mohon kirim foto lokasi dan sebutkan nama desa.")
                .endsWith("Answer by 26 Mar 2026: send BALAS ADU-7K3M-9QXH <answer> to 1708.");
    }

    @Test
    void leavesEmojiOutOfAnAnswerThatUcs2CouldNotHoldWithTheLink() {
        // given an answer with emoji: as UCS-2 (67 characters an SMS) the link and commands alone take two SMS
        var answer = "Sudah kami perbaiki 👍 pada hari Senin, terima kasih “Bapak/Ibu” – salam";

        // when
        var text = composer.compose(NotificationKind.ANSWERS_READY, Language.ID, values(answer));

        // then the answer goes in the GSM alphabet, as much of it as fits
        assertThat(SmsText.isGsm7(text)).isTrue();
        assertThat(SmsText.segments(text)).isLessThanOrEqualTo(2);
        assertThat(text).contains("\"Sudah kami perbaiki pada hari Senin", LINK, "TERIMA ADU-7K3M-9QXH <1-5>");
    }

    @Test
    void writesTextsInTheGsmAlphabetWherePossible() {
        assertThat(SmsComposer.gsm("“Sudah” – selesai… 👍  ‘ok’")).isEqualTo("\"Sudah\" - selesai... 'ok'");
    }

    @Test
    void cutsAtAWordAndMarksTheCut() {
        assertThat(SmsComposer.cut("Jalan sudah diperbaiki kemarin", 100)).isEqualTo("Jalan sudah diperbaiki kemarin");
        assertThat(SmsComposer.cut("Jalan sudah diperbaiki kemarin", 20)).isEqualTo("Jalan sudah...");
        assertThat(SmsComposer.cut("Jalan sudah diperbaiki kemarin", 3)).isEmpty();
        assertThat(SmsComposer.cut("👍👍👍👍👍👍", 5)).isEqualTo("👍👍...");
    }

    @Test
    void usesTheOperatorsTemplateWhereOneExists(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("sms/id"));
        Files.writeString(folder.resolve("sms/id/completed.txt"), "[(${trackingId})] selesai.   Terima kasih!\n");
        var operators = new SmsComposer(new SmsTemplates(properties(folder)));

        assertThat(operators.compose(NotificationKind.COMPLETED, Language.ID, values("")))
                .isEqualTo("ADU-7K3M-9QXH selesai. Terima kasih!");
        assertThat(operators.compose(NotificationKind.COMPLETED, Language.EN, values("")))
                .startsWith("ADU-7K3M-9QXH: Your report is completed.");
    }

    @Test
    void refusesAnOperatorsTemplateThatTakesMoreThanTwoSms(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("sms/id"));
        Files.writeString(
                folder.resolve("sms/id/archived.txt"), "[(${trackingId})] " + "x".repeat(400) + " [(${reason})]");
        var operators = new SmsComposer(new SmsTemplates(properties(folder)));

        assertThatThrownBy(() -> operators.compose(NotificationKind.ARCHIVED, Language.ID, values("Duplikat")))
                .isInstanceOf(TemplateProcessingException.class)
                .hasMessageContaining("sms/id/archived.txt takes more than 2 SMS");
    }
}
