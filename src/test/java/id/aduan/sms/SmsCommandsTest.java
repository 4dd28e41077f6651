package id.aduan.sms;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.Language;
import id.aduan.sms.SmsCommand.Keyword;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCommandsTest {

    private static final String ID = "ADU-7K3M-9Q01";

    private static SmsCommand parse(String text) {
        return SmsCommands.parse(text, Language.ID);
    }

    @Nested
    class Reports {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "LAPOR jalan rusak di Sekayu",
                    "lapor jalan rusak di Sekayu",
                    "Lapor jalan rusak di Sekayu",
                    "LaPoR jalan rusak di Sekayu",
                    "LAPOR:jalan rusak di Sekayu",
                    "lapor: jalan rusak di Sekayu",
                    "lapor : jalan rusak di Sekayu",
                    "Lapor.jalan rusak di Sekayu",
                    "Lapor. jalan rusak di Sekayu",
                    "LAPOR, jalan rusak di Sekayu",
                    "LAPOR - jalan rusak di Sekayu",
                    "LAPORjalan rusak di Sekayu",
                    "#lapor jalan rusak di Sekayu",
                    "#LAPOR#jalan rusak di Sekayu",
                    "*LAPOR* jalan rusak di Sekayu",
                    "  LAPOR   jalan rusak di Sekayu  ",
                    "\"LAPOR\" jalan rusak di Sekayu",
                    "LAPOR\njalan rusak di Sekayu"
                })
        void readsTheIndonesianKeywordAsTypedOnAPhone(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Report(Language.ID, "jalan rusak di Sekayu", true));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "REPORT broken road in Sekayu",
                    "report: broken road in Sekayu",
                    "Report.broken road in Sekayu"
                })
        void readsTheEnglishKeywordInEnglish(String text) {
            assertThat(SmsCommands.parse(text, Language.ID))
                    .isEqualTo(new SmsCommand.Report(Language.EN, "broken road in Sekayu", true));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Jalan di depan SD 3 Sekayu berlubang besar",
                    "Laporan saya: jalan di depan SD 3 berlubang",
                    "LAPORAN JALAN RUSAK DI SEKAYU",
                    "Lapornya sudah lama tidak ditanggapi",
                    "Cekungan di jalan poros desa makin dalam",
                    "Stopkontak di kantor desa rusak dan berbahaya",
                    "Mulailah perbaikan jalan desa kami, Pak"
                })
        void takesATextWithoutKeywordAsAReportWithAllItsWords(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Report(Language.ID, text, false));
        }

        @Test
        void filesATextWithoutKeywordInTheLanguageTheNumberWroteInBefore() {
            assertThat(SmsCommands.parse("The bridge in Sekayu is broken", Language.EN))
                    .isEqualTo(new SmsCommand.Report(Language.EN, "The bridge in Sekayu is broken", false));
        }

        @Test
        void keepsALongReportWhole() {
            var text = "Jalan poros desa Sungai Lilin berlubang besar sejak tiga bulan. "
                    .repeat(5)
                    .strip();

            assertThat(parse("LAPOR " + text)).isEqualTo(new SmsCommand.Report(Language.ID, text, true));
        }

        @Test
        void keepsEmojiAndLineBreaksButDropsControlCharactersAndInvisibleDirectionMarks() {
            assertThat(parse("LAPOR jalan rusak \uD83D\uDE21\nsudah 3 bulan\u0007 \u202Eparah"))
                    .isEqualTo(
                            new SmsCommand.Report(Language.ID, "jalan rusak \uD83D\uDE21\nsudah 3 bulan  parah", true));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"LAPOR", "lapor:", "LAPOR jalan", "Lapor.jalan", "#lapor"})
        void asksForTheReportWhenTheKeywordComesWithoutEnoughText(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.REPORT));
        }
    }

    @Nested
    class Checks {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "CEK ADU-7K3M-9Q01",
                    "CEK adu7k3m9q01",
                    "cek ADU-7K3M-9QO1",
                    "Cek7k3m9q01",
                    "CEK 7K3M9Q01",
                    "cek 7k3m-9q01",
                    "cek 7k3m 9q01",
                    "CEK ADU 7K3M 9QO1",
                    "cek: adu-7k3m-9qo1",
                    "CEK:7K3M9Q01",
                    "Cek. 7k3m9qo1",
                    "CEK 7K3M9QOL",
                    "cek 7k3m9qoi",
                    "CEKADU7K3M9Q01",
                    "CEK ADU-7K3M-9Q01 ?",
                    "STATUS ADU-7K3M-9Q01",
                    "Cek status laporan ADU-7K3M-9QO1",
                    "ADU-7K3M-9Q01",
                    "7k3m9q01",
                    "adu 7k3m 9qo1"
                })
        void readsTheTrackingIdAsPeopleTypeIt(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Check(Language.ID, ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CHECK ADU-7K3M-9Q01", "check 7k3m9q01", "Check:7K3M9Q01"})
        void readsTheEnglishKeywordInEnglish(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Check(Language.EN, ID));
        }

        @Test
        void answersStatusInTheLanguageTheNumberWroteInBefore() {
            assertThat(SmsCommands.parse("status 7k3m9q01", Language.EN))
                    .isEqualTo(new SmsCommand.Check(Language.EN, ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CEK", "cek laporan saya", "CEK 7K3M", "cek ADU-7K3M-9Q0", "STATUS?"})
        void asksForTheTrackingIdWhenItIsMissingOrIncomplete(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.CHECK));
        }

        @Test
        void takesNoWordOfEightLettersForATrackingId() {
            assertThat(parse("halaman")).isEqualTo(new SmsCommand.Unknown(Language.ID));
            assertThat(parse("kabarnya")).isEqualTo(new SmsCommand.Unknown(Language.ID));
        }
    }

    @Nested
    class Replies {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "BALAS 7k3m9q01 sudah saya kirim",
                    "balas ADU-7K3M-9QO1 sudah saya kirim",
                    "Balas: 7k3m9q01: sudah saya kirim",
                    "BALAS 7k3m 9q01 sudah saya kirim",
                    "BALAS7k3m9q01 sudah saya kirim",
                    "balas adu7k3m9q01, sudah saya kirim",
                    "BALAS 7K3M9Q01 - sudah saya kirim"
                })
        void readsTheTrackingIdAndTheMessage(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Reply(Language.ID, ID, "sudah saya kirim"));
        }

        @Test
        void readsTheEnglishKeywordInEnglish() {
            assertThat(parse("REPLY 7k3m9q01 the school is SD 3"))
                    .isEqualTo(new SmsCommand.Reply(Language.EN, ID, "the school is SD 3"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"BALAS", "BALAS 7k3m9q01", "balas sudah saya kirim"})
        void asksForTheTrackingIdAndTheMessage(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.REPLY));
        }
    }

    @Nested
    class Acceptances {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "TERIMA 7k3m9q01 5|5",
                    "terima 7K3M9Q01 bintang 4|4",
                    "Terima ADU-7K3M-9QO1 4 bintang|4",
                    "TERIMA 7k3m9q01 nilai 3|3",
                    "TERIMA 7k3m9q01 4/5|4",
                    "TERIMA:7k3m9q01:5|5",
                    "TERIMA7k3m9q01 5|5",
                    "terima 7k3m9q01 ****|4",
                    "TERIMA 7k3m9q01 \u2B50\u2B50\u2B50\u2B50\u2B50|5",
                    "accept 7k3m9q01 2 stars|2"
                })
        void readsTheRating(String text, int rating) {
            assertThat(parse(text)).isInstanceOfSatisfying(SmsCommand.Accept.class, accept -> {
                assertThat(accept.trackingId()).isEqualTo(ID);
                assertThat(accept.rating()).isEqualTo(rating);
                assertThat(accept.comment()).isNull();
            });
        }

        @Test
        void keepsWhatElseTheReporterWroteAsAComment() {
            assertThat(parse("TERIMA 7k3m9q01 5 jalan sudah mulus, terima kasih"))
                    .isEqualTo(new SmsCommand.Accept(Language.ID, ID, 5, "jalan sudah mulus, terima kasih"));
            assertThat(parse("TERIMA 7k3m9q01 lubang no 12 sudah ditutup, nilai 4"))
                    .isEqualTo(new SmsCommand.Accept(Language.ID, ID, 4, "lubang no 12 sudah ditutup,"));
        }

        @Test
        void readsTheEnglishKeywordInEnglish() {
            assertThat(parse("ACCEPT 7k3m9q01 5")).isEqualTo(new SmsCommand.Accept(Language.EN, ID, 5, null));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {"TERIMA", "TERIMA 7k3m9q01", "TERIMA 7k3m9q01 0", "TERIMA 7k3m9q01 6", "TERIMA 7k3m9q01 10"})
        void asksForARatingFromOneToFive(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.ACCEPT));
        }
    }

    @Nested
    class Objections {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "TOLAK 7k3m9q01 belum diperbaiki",
                    "tolak ADU-7K3M-9QO1 belum diperbaiki",
                    "Tolak: 7k3m9q01 belum diperbaiki",
                    "TOLAK7k3m9q01 belum diperbaiki"
                })
        void readsTheReason(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Reject(Language.ID, ID, "belum diperbaiki"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"OBJECT 7k3m9q01 not repaired", "REJECT 7k3m9q01 not repaired"})
        void readsTheEnglishKeywordsInEnglish(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Reject(Language.EN, ID, "not repaired"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"TOLAK", "TOLAK 7k3m9q01", "tolak belum diperbaiki"})
        void asksForTheTrackingIdAndTheReason(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.REJECT));
        }
    }

    @Nested
    class OtherKeywords {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"BANTUAN", "bantuan", "Bantuan?", "#bantuan", "bantuan apa saja kata kuncinya"})
        void readsHelpInIndonesian(String text) {
            assertThat(SmsCommands.parse(text, Language.EN)).isEqualTo(new SmsCommand.Help(Language.ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"HELP", "help", "Help!"})
        void readsHelpInEnglish(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Help(Language.EN));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"?", "??", " ? "})
        void answersAQuestionMarkWithHelpInTheNumbersLanguage(String text) {
            assertThat(SmsCommands.parse(text, Language.EN)).isEqualTo(new SmsCommand.Help(Language.EN));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"BERHENTI", "berhenti", "Berhenti.", "BERHENTI kirim sms"})
        void readsStopInIndonesian(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Stop(Language.ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"STOP", "stop", "Stop!"})
        void readsStopInEnglish(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Stop(Language.EN));
        }

        @Test
        void readsUnregAsStopInTheNumbersLanguage() {
            assertThat(parse("UNREG")).isEqualTo(new SmsCommand.Stop(Language.ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"MULAI", "mulai", "Mulai lagi"})
        void readsStartInIndonesian(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Start(Language.ID));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"START", "start", "Start."})
        void readsStartInEnglish(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Start(Language.EN));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Terima kasih",
                    "terimakasih",
                    "TERIMA KASIH BANYAK PAK",
                    "Makasih ya",
                    "thanks!",
                    "Thank you"
                })
        void takesThanksForThanksNotForAnAcceptance(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Thanks(Language.ID));
        }

        @Test
        void takesALongerTextThatStartsWithThanksForAReport() {
            var text = "Terima kasih, tapi jalan di depan sekolah kami belum juga diperbaiki";

            assertThat(parse(text)).isEqualTo(new SmsCommand.Report(Language.ID, text, false));
        }
    }

    @Nested
    class EdgeCases {

        @ParameterizedTest(name = "[{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n", "ok", "halo", "tes 123", "...", "\u200E"})
        void answersAnEmptyOrShortTextWithoutKeywordWithHelp(String text) {
            assertThat(parse(text)).isEqualTo(new SmsCommand.Unknown(Language.ID));
        }

        @Test
        void readsAKeywordAloneInAnyCase() {
            assertThat(parse("cEk")).isEqualTo(new SmsCommand.Incomplete(Language.ID, Keyword.CHECK));
        }
    }
}
