package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailComposerTest {

    private final MailComposer composer = new MailComposer(properties(null));

    private static NotificationProperties properties(Path templates) {
        return new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", templates, null, 0);
    }

    private static Map<String, Object> values() {
        var values = new HashMap<String, Object>();
        values.put("trackingId", "ADU-7K3M-9QXH");
        values.put("title", "Jalan rusak <script>alert(1)</script> & berlubang");
        values.put("description", "Berlubang sejak tiga bulan.");
        values.put("categoryName", "Jalan dan jembatan");
        values.put("regionName", "Kabupaten Musi Banyuasin");
        values.put("type", "Pengaduan");
        values.put("reporterName", "Siti Aminah");
        values.put("link", "https://aduan.test/laporan/ADU-7K3M-9QXH?token=abc");
        values.put("publicLink", "https://aduan.test/laporan/ADU-7K3M-9QXH");
        values.put("agencyName", "Dinas Kesehatan Kabupaten Musi Banyuasin");
        values.put("agencies", List.of("Dinas Kesehatan Kabupaten Musi Banyuasin"));
        values.put("pendingAgencies", List.of("BPJS Kesehatan"));
        values.put("question", "Di puskesmas mana?");
        values.put("reason", "Duplikat");
        values.put("answer", "Sudah diperbaiki.");
        values.put(
                "answers",
                List.of(Map.of(
                        "agency",
                        Map.of("code", "DINKES-MUBA", "name", "Dinas Kesehatan"),
                        "text",
                        "Sudah diperbaiki.")));
        values.put("due", "Kamis, 26 Maret 2026 pukul 23.59 WIB");
        values.put("windowDays", 10);
        values.put("verificationDays", 4);
        values.put("firstResponseDays", 7);
        values.put("linkValidDays", 30);
        values.put("confidential", true);
        return values;
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void rendersEveryKindInIndonesianWithTheTrackingIdInTheSubject(NotificationKind kind) {
        var mail = composer.compose(kind, Language.ID, values());

        assertThat(mail.subject()).startsWith("ADU-7K3M-9QXH: ").doesNotContain("[[", "${");
        assertThat(mail.html()).contains("<html", "ADU-7K3M-9QXH").doesNotContain("<script>");
        assertThat(mail.text()).contains("ADU-7K3M-9QXH").doesNotContain("<p>", "&amp;");
    }

    @Test
    void rendersEveryReporterKindInEnglish() {
        var reporterKinds = Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.audience() == Audience.REPORTER)
                .toList();
        assertThat(reporterKinds).hasSize(11);
        for (var kind : reporterKinds) {
            var mail = composer.compose(kind, Language.EN, values());

            assertThat(mail.subject()).as(kind.name()).startsWith("ADU-7K3M-9QXH: ");
            assertThat(mail.html()).as(kind.name()).contains("lang=\"en\"");
            assertThat(mail.text())
                    .as(kind.name())
                    .startsWith("Dear Siti Aminah,")
                    .contains("https://aduan.test/laporan/ADU-7K3M-9QXH");
        }
    }

    @Test
    void escapesWhatReportersWroteInHtmlAndKeepsItAsTextInThePlainPart() {
        var mail = composer.compose(NotificationKind.RECEIPT, Language.ID, values());

        assertThat(mail.html()).contains("Jalan rusak &lt;script&gt;alert(1)&lt;/script&gt; &amp; berlubang");
        assertThat(mail.text()).contains("Jalan rusak <script>alert(1)</script> & berlubang");
        assertThat(mail.subject()).isEqualTo("ADU-7K3M-9QXH: Laporan Anda telah kami terima");
    }

    @Test
    void namesTheConfiguredWorkingDays() {
        assertThat(composer.compose(NotificationKind.RECEIPT, Language.ID, values())
                        .text())
                .contains("dalam 4 hari kerja");
        assertThat(composer.compose(NotificationKind.VERIFICATION_TASK, Language.ID, values())
                        .text())
                .contains("dalam 4 hari kerja");
        assertThat(composer.compose(NotificationKind.ROUTED, Language.EN, values())
                        .text())
                .contains("within 7 working days");
    }

    @Test
    void tellsReportersHowLongTheirLinkWorks() {
        assertThat(composer.compose(NotificationKind.RECEIPT, Language.ID, values())
                        .text())
                .contains("Tautan berlaku 30 hari");
        assertThat(composer.compose(NotificationKind.ACCESS_LINK, Language.EN, values())
                        .text())
                .contains("https://aduan.test/laporan/ADU-7K3M-9QXH?token=abc", "It works for 30 days");
    }

    @Test
    void marksConfidentialReportsInStaffMails() {
        var mail = composer.compose(NotificationKind.FOLLOW_UP_TASK, Language.ID, values());

        assertThat(mail.text()).contains("RAHASIA", "Kamis, 26 Maret 2026 pukul 23.59 WIB");
    }

    @Test
    void usesTheOperatorsTemplateWhereOneExists(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("id"));
        Files.writeString(folder.resolve("id/receipt.html"), """
                <html xmlns:th="http://www.thymeleaf.org">
                <th:block th:fragment="subject">[[${trackingId}]]: Terima kasih dari Pemkab</th:block>
                <th:block th:fragment="body"><p>Nomor Anda: [[${trackingId}]]</p></th:block>
                </html>
                """);
        var operators = new MailComposer(properties(folder));

        var receipt = operators.compose(NotificationKind.RECEIPT, Language.ID, values());
        var routed = operators.compose(NotificationKind.ROUTED, Language.ID, values());

        assertThat(receipt.subject()).isEqualTo("ADU-7K3M-9QXH: Terima kasih dari Pemkab");
        assertThat(receipt.text()).isEqualTo("Nomor Anda: ADU-7K3M-9QXH\n");
        assertThat(routed.subject()).isEqualTo("ADU-7K3M-9QXH: Laporan Anda diteruskan kepada instansi");
    }

    @Test
    void changesEveryStaffMailWithTheOperatorsReportForStaff(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("id"));
        Files.writeString(folder.resolve("id/report-for-staff.html"), """
                <html xmlns:th="http://www.thymeleaf.org">
                <th:block th:fragment="report"><p>Perkara [[${trackingId}]]</p></th:block>
                <th:block th:fragment="taskLink"><p>Kerjakan di [[${link}]]</p></th:block>
                </html>
                """);
        var operators = new MailComposer(properties(folder));
        var staffKinds = Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.audience() != Audience.REPORTER)
                .toList();

        for (var kind : staffKinds) {
            var mail = operators.compose(kind, Language.ID, values());

            assertThat(mail.text()).as(kind.name()).contains("Perkara ADU-7K3M-9QXH");
            if (kind != NotificationKind.WEBHOOK_DISABLED && kind != NotificationKind.OBJECTION_NOT_DELIVERED) {
                // every staff e-mail but these two is about a task
                assertThat(mail.text())
                        .as(kind.name())
                        .contains("Kerjakan di https://aduan.test/laporan/ADU-7K3M-9QXH?token=abc")
                        .doesNotContain("Buka tugas di Tasklist");
            }
        }
    }
}
