package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.aduan.complaint.internal.AttachmentRepository;
import id.aduan.portal.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

class AttachmentsTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final Attachments attachments = new Attachments(
            Mockito.mock(AttachmentRepository.class), AttachmentCleanerTest.cleaner(), Clock.systemUTC());

    @Nested
    class Types {

        @Test
        void recognisesJpegPngAndPdfByTheirFirstBytes() {
            assertThat(AttachmentType.detect(JPEG)).contains(AttachmentType.JPEG);
            assertThat(AttachmentType.detect(PNG)).contains(AttachmentType.PNG);
            assertThat(AttachmentType.detect(PDF)).contains(AttachmentType.PDF);
        }

        @Test
        void recognisesNothingElse() {
            assertThat(AttachmentType.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                    .isEmpty();
            assertThat(AttachmentType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)))
                    .isEmpty();
            assertThat(AttachmentType.detect(new byte[] {(byte) 0x89, 'P'})).isEmpty();
            assertThat(AttachmentType.detect(new byte[0])).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"foto, PNG, foto.png", "scan.JPG, JPEG, scan.JPG", "surat.html, PDF, surat.html.pdf"})
        void namesAFileWithAnExtensionOfItsType(String name, AttachmentType type, String named) {
            assertThat(type.withExtension(name)).isEqualTo(named);
        }
    }

    @Nested
    class Checks {

        @Test
        void acceptsUpToThreeFilesOfUpToFiveMegabytes() {
            var largest = Arrays.copyOf(TestFiles.png(), (int) ComplaintLimits.ATTACHMENT_MAX_BYTES);

            var checked = attachments.check(List.of(
                    new NewAttachment("a.jpg", FilesWithMetadata.jpeg()),
                    new NewAttachment("b.png", largest),
                    new NewAttachment("c.pdf", TestFiles.pdf())));

            assertThat(checked)
                    .extracting(CleanAttachment::fileName, CleanAttachment::type)
                    .containsExactly(
                            tuple("a.jpg", AttachmentType.JPEG),
                            tuple("b.png", AttachmentType.PNG),
                            tuple("c.pdf", AttachmentType.PDF));
        }

        @Test
        void rejectsAFourthFile() {
            var files = List.of(
                    new NewAttachment("a.png", PNG),
                    new NewAttachment("b.png", PNG),
                    new NewAttachment("c.png", PNG),
                    new NewAttachment("d.png", PNG));

            assertThat(reason(files)).isEqualTo(AttachmentRejectedException.Reason.TOO_MANY);
        }

        @Test
        void rejectsAFileLargerThanFiveMegabytes() {
            var tooLarge = Arrays.copyOf(PNG, (int) ComplaintLimits.ATTACHMENT_MAX_BYTES + 1);

            var rejected = catchThrowableOfType(
                    AttachmentRejectedException.class,
                    () -> attachments.check(List.of(new NewAttachment("besar.png", tooLarge))));

            assertThat(rejected.reason()).isEqualTo(AttachmentRejectedException.Reason.TOO_LARGE);
            assertThat(rejected.fileName()).isEqualTo("besar.png");
            assertThat(rejected.error().field()).isEqualTo("attachments");
        }

        @Test
        void rejectsAnEmptyFileAndAnyOtherType() {
            assertThat(reason(List.of(new NewAttachment("kosong.png", new byte[0]))))
                    .isEqualTo(AttachmentRejectedException.Reason.EMPTY);
            assertThat(reason(List.of(new NewAttachment("foto.png", "GIF89a".getBytes(StandardCharsets.US_ASCII)))))
                    .isEqualTo(AttachmentRejectedException.Reason.UNSUPPORTED_TYPE);
        }

        private AttachmentRejectedException.Reason reason(List<NewAttachment> files) {
            var rejected = catchThrowableOfType(AttachmentRejectedException.class, () -> attachments.check(files));
            assertThat(rejected).as("rejected").isNotNull();
            return rejected.reason();
        }
    }
}
