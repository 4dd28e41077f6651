package id.aduan.sms;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.Language;
import id.aduan.notification.NotificationProperties;
import id.aduan.notification.SmsTemplates;
import id.aduan.system.SmsText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmsRepliesTest {

    private static final String ID = "ADU-7K3M-9QXH";

    /** The longest status label, date and time Aduan writes. */
    private static final String STATUS = "Belum ditindaklanjuti";

    private static final String DUE = "29 September 2026";

    private static final String LONG_ANSWER =
            ("Jalan poros desa sudah kami tinjau bersama kepala desa dan akan diaspal ulang"
                            + " pada anggaran perubahan tahun ini; sementara lubang ditimbun sirtu oleh dinas. ")
                    .repeat(3);

    private final SmsReplies replies = replies(null);

    /** Every reply, with the longest values it takes. */
    static Stream<Arguments> everyReplyWithLongValues() {
        var answers = Stream.of(
                Answer.about(ID, "reply-reported", Language.ID, InboundOutcome.FILED)
                        .with("due", DUE)
                        .with("verificationDays", 3)
                        .with("explainKeywords", true),
                Answer.about(ID, "reply-status", Language.ID, InboundOutcome.ANSWERED)
                        .with("status", STATUS)
                        .with("overdue", true)
                        .with("due", DUE)
                        .with(SmsReplies.ANSWER, LONG_ANSWER)
                        .with("next", "DECIDE"),
                Answer.about(ID, "reply-status", Language.ID, InboundOutcome.ANSWERED)
                        .with("status", STATUS)
                        .with("overdue", true)
                        .with("due", DUE)
                        .with(SmsReplies.ANSWER, "Sudah diperbaiki \uD83D\uDC4D " + LONG_ANSWER)
                        .with("next", "ANSWER"),
                Answer.about(ID, "reply-not-found", Language.ID, InboundOutcome.ANSWERED),
                Answer.about(ID, "reply-message-posted", Language.ID, InboundOutcome.MESSAGE_POSTED),
                Answer.about(ID, "reply-accepted", Language.ID, InboundOutcome.ACCEPTED)
                        .with("rating", 5),
                Answer.about(ID, "reply-objected", Language.ID, InboundOutcome.OBJECTED),
                Answer.about(ID, "reply-not-possible", Language.ID, InboundOutcome.ANSWERED)
                        .with("command", "REPLY")
                        .with("status", "Diarsipkan")
                        .with("closed", true),
                Answer.about(ID, "reply-not-possible", Language.ID, InboundOutcome.ANSWERED)
                        .with("command", "ACCEPT")
                        .with("status", STATUS)
                        .with("closed", false),
                Answer.of("reply-help", Language.ID).with("unknown", true),
                Answer.of("reply-usage", Language.ID).with("command", "REPORT"),
                Answer.of("reply-usage", Language.ID).with("command", "CHECK"),
                Answer.of("reply-usage", Language.ID).with("command", "REPLY"),
                Answer.of("reply-usage", Language.ID).with("command", "ACCEPT"),
                Answer.of("reply-usage", Language.ID).with("command", "REJECT"),
                Answer.of("reply-stopped", Language.ID),
                Answer.of("reply-started", Language.ID),
                Answer.of("reply-thanks", Language.ID),
                Answer.of("reply-limit", Language.ID).with("limit", "REPORTS").with("retry", DUE + " pukul 23.59 WIB"),
                Answer.of("reply-limit", Language.ID).with("limit", "COMMANDS").with("retry", DUE + " pukul 23.59 WIB"),
                Answer.of("reply-invalid", Language.ID));
        return answers.flatMap(answer -> Stream.of(Language.ID, Language.EN)
                .map(language -> Arguments.of(
                        answer.template() + " " + answer.values().getOrDefault("command", "") + " " + language,
                        inLanguage(answer, language))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyReplyWithLongValues")
    void fitsEveryReplyIntoTwoSms(String name, Answer answer) {
        // when
        var reply = replies.render(answer);

        // then
        assertThat(reply.text()).isNotBlank().doesNotContain("  ", "\n", "[", "${");
        assertThat(SmsText.segments(reply.text())).as(reply.text()).isLessThanOrEqualTo(SmsReplies.MAX_SEGMENTS);
    }

    @Test
    void tellsTheTrackingIdTheVerificationDeadlineAndHowToCheckAndTheKeywordsOnce() {
        var receipt = Answer.about(ID, "reply-reported", Language.ID, InboundOutcome.FILED)
                .with("due", "19 Maret 2026")
                .with("verificationDays", 3);

        assertThat(replies.render(receipt.with("explainKeywords", false)).text())
                .isEqualTo("Laporan Anda diterima dengan nomor ADU-7K3M-9QXH. Petugas akan memverifikasinya dalam 3"
                        + " hari kerja (s.d. 19 Maret 2026). Cek status: CEK ADU-7K3M-9QXH");
        assertThat(replies.render(receipt.with("explainKeywords", true)).text())
                .contains("CEK ADU-7K3M-9QXH Kata kunci: LAPOR <isi>, CEK <no>");
    }

    @Test
    void quotesAsManyWordsOfTheAnswerAsFitAndMarksTheCut() {
        var status = Answer.about(ID, "reply-status", Language.EN, InboundOutcome.ANSWERED)
                .with("status", "Followed up")
                .with("overdue", false)
                .with("due", DUE)
                .with(SmsReplies.ANSWER, LONG_ANSWER)
                .with("next", "DECIDE");

        var text = replies.render(status).text();

        assertThat(text)
                .startsWith("ADU-7K3M-9QXH: Followed up. Deadline: 29 September 2026. Answer: \"Jalan poros desa")
                .contains("...\" Send ACCEPT ADU-7K3M-9QXH <1-5> or OBJECT ADU-7K3M-9QXH <reason>");
        assertThat(SmsText.segments(text)).isEqualTo(2);
    }

    @Test
    void leavesOutAnAnswerThatDoesNotFitAtAll() {
        var status = Answer.about(ID, "reply-status", Language.ID, InboundOutcome.ANSWERED)
                .with("status", "Ditindaklanjuti")
                .with("overdue", false)
                .with("due", DUE)
                .with(SmsReplies.ANSWER, "\uD83D\uDC4D Sudah diperbaiki")
                .with("next", "DECIDE");

        assertThat(replies.render(status).text())
                .isEqualTo("ADU-7K3M-9QXH: Ditindaklanjuti. Batas waktu: 29 September 2026. Kirim TERIMA ADU-7K3M-9QXH"
                        + " <1-5> atau TOLAK ADU-7K3M-9QXH <alasan>");
    }

    @Test
    void leavesAShortAnswerWhole() {
        var status = Answer.about(ID, "reply-status", Language.ID, InboundOutcome.ANSWERED)
                .with("status", "Ditindaklanjuti")
                .with("overdue", false)
                .with(SmsReplies.ANSWER, "Lubang sudah ditutup.");

        assertThat(replies.render(status).text())
                .isEqualTo("ADU-7K3M-9QXH: Ditindaklanjuti. Jawaban: \"Lubang sudah ditutup.\"");
    }

    @Test
    void sendsNothingForSilence() {
        assertThat(replies.render(Answer.silence(Language.ID)).isEmpty()).isTrue();
    }

    @Test
    void takesAnOperatorsTemplateInsteadOfTheBuiltInOneAndKeepsTheOthers(@TempDir Path folder) throws IOException {
        // given an operator's help text in Indonesian
        Files.createDirectories(folder.resolve("sms/id"));
        Files.writeString(
                folder.resolve("sms/id/reply-help.txt"), "Info SMS 1708: telepon 1500-708.\n", StandardCharsets.UTF_8);
        var operators = replies(folder);

        // then it answers BANTUAN, and the built-in templates answer the rest
        assertThat(operators.render(Answer.of("reply-help", Language.ID)).text())
                .isEqualTo("Info SMS 1708: telepon 1500-708.");
        assertThat(operators.render(Answer.of("reply-help", Language.EN)).text())
                .startsWith("SMS 1708: REPORT");
        assertThat(operators.render(Answer.of("reply-thanks", Language.ID)).text())
                .isEqualTo("Sama-sama. Kirim BANTUAN untuk daftar kata kunci SMS 1708.");
    }

    private static SmsReplies replies(Path templateDirectory) {
        return new SmsReplies(new SmsTemplates(new NotificationProperties(null, null, templateDirectory, null, 0)));
    }

    private static Answer inLanguage(Answer answer, Language language) {
        return new Answer(answer.template(), language, answer.values(), answer.outcome(), answer.trackingId());
    }
}
