package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvisionalTitlesTest {

    @Test
    void takesAShortTextWholeOnOneLine() {
        assertThat(ProvisionalTitles.of(ReportType.COMPLAINT, "  Lampu jalan\n padam   di Sekayu "))
                .isEqualTo("Lampu jalan padam di Sekayu");
    }

    @Test
    void cutsALongTextAtAWordBoundaryWithAnEllipsis() {
        // given
        var text = "Puskesmas Sekayu tutup di jam layanan pagi selama seminggu terakhir, warga harus ke kota";

        // when
        var title = ProvisionalTitles.of(ReportType.COMPLAINT, text);

        // then
        assertThat(title).isEqualTo("Puskesmas Sekayu tutup di jam layanan pagi selama seminggu…");
        assertThat(title).hasSizeLessThanOrEqualTo(ProvisionalTitles.MAX_LENGTH);
        assertThat(text).startsWith(title.substring(0, title.length() - 1));
    }

    @Test
    void leavesNoPunctuationBeforeTheEllipsis() {
        assertThat(ProvisionalTitles.of(
                        ReportType.COMPLAINT,
                        "Jalan di desa kami rusak parah sejak bulan lalu, mohon, diperbaiki segera oleh dinas"))
                .isEqualTo("Jalan di desa kami rusak parah sejak bulan lalu, mohon…");
    }

    @Test
    void cutsOneEndlessWordWithinTheLimitWithoutSplittingAnEmoji() {
        // given
        var text = "a".repeat(ProvisionalTitles.MAX_LENGTH - 2) + "\uD83D\uDE21\uD83D\uDE21";

        // when
        var title = ProvisionalTitles.of(ReportType.COMPLAINT, text);

        // then
        assertThat(title).isEqualTo("a".repeat(ProvisionalTitles.MAX_LENGTH - 2) + "…");
        assertThat(title.length()).isBetween(ComplaintLimits.TITLE_MIN, ProvisionalTitles.MAX_LENGTH);
    }

    @Test
    void namesTheTypeOfReportWhenTheTextIsTooShortForATitle() {
        assertThat(ProvisionalTitles.of(ReportType.INFORMATION_REQUEST, "a       b          "))
                .isEqualTo("Permintaan informasi: a b");
    }
}
