package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.portal.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentCleanerTest {

    private final AttachmentCleaner cleaner = cleaner();

    /** The cleaner as Aduan's defaults make it: two cleanings at once, a minute's wait for a turn. */
    static AttachmentCleaner cleaner() {
        return new AttachmentCleaner(new PhotoCleaner(), new PdfCleaner(), 2, Duration.ofMinutes(1));
    }

    @Nested
    class Turns {

        @Test
        void answersThatItIsBusyWhenAsManyFilesAreCleanedAsItMayAtOnce() throws Exception {
            // given a cleaner that cleans one file at a time, busy with a photo
            var photos = mock(PhotoCleaner.class);
            var busy = new CountDownLatch(1);
            var done = new CountDownLatch(1);
            when(photos.clean(any(), any(), any())).thenAnswer(call -> {
                busy.countDown();
                done.await(10, TimeUnit.SECONDS);
                return call.getArgument(2);
            });
            var oneAtATime = new AttachmentCleaner(photos, new PdfCleaner(), 1, Duration.ofMillis(50));
            var first = Executors.newSingleThreadExecutor();
            try {
                var cleaning = first.submit(() -> oneAtATime.clean(new NewAttachment("satu.png", PNG)));
                busy.await(10, TimeUnit.SECONDS);

                // when another photo comes
                var refused = catchThrowableOfType(
                        AttachmentRejectedException.class, () -> oneAtATime.clean(new NewAttachment("dua.png", PNG)));

                // then it is turned away for now, and the first is cleaned
                assertThat(refused.reason()).isEqualTo(AttachmentRejectedException.Reason.BUSY);
                done.countDown();
                assertThat(cleaning.get(10, TimeUnit.SECONDS).fileName()).isEqualTo("satu.png");
                // and once it is done, the next one has its turn
                assertThat(oneAtATime.clean(new NewAttachment("dua.png", PNG)).fileName())
                        .isEqualTo("dua.png");
            } finally {
                first.shutdownNow();
            }
        }
    }

    /** The first bytes of a PNG, all a cleaner needs to take a file for one. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Nested
    class Photos {

        @Test
        void writesAJpegAnewWithoutExifGpsXmpIptcOrCommentsTurnedAsItsOrientationSaid() {
            // given a phone's photo: 64 × 48 stored, orientation 6, the owner, make, model and position
            var sent = FilesWithMetadata.jpeg();
            FilesWithMetadata.assertPhotoWithMetadata(sent);

            // when
            var cleaned = cleaner.clean(new NewAttachment("Dewi_Lestari_rumah_saya.jpg", sent));

            // then it is a JPEG without any of it, 48 × 64 with the red quarter at the top right, as it was shown
            assertThat(cleaned.type()).isEqualTo(AttachmentType.JPEG);
            assertThat(AttachmentType.detect(cleaned.content())).contains(AttachmentType.JPEG);
            FilesWithMetadata.assertPhotoWithoutMetadata(cleaned.content());
            var picture = FilesWithMetadata.picture(cleaned.content());
            assertThat(picture.getWidth()).isEqualTo(48);
            assertThat(picture.getHeight()).isEqualTo(64);
            FilesWithMetadata.assertRed(picture, 36, 16, true);
            FilesWithMetadata.assertRed(picture, 12, 16, false);
            FilesWithMetadata.assertRed(picture, 36, 48, false);
        }

        @Test
        void writesAPngAnewWithoutTextOrExifChunksTurnedAsItsOrientationSaid() {
            // given a PNG with orientation 8 and the owner in eXIf, tEXt and iTXt chunks
            var sent = FilesWithMetadata.png();
            FilesWithMetadata.assertPhotoWithMetadata(sent);

            // when
            var cleaned = cleaner.clean(new NewAttachment("layar.png", sent));

            // then it is a PNG without them, 48 × 64 with the red quarter at the bottom left, and exactly its pixels
            assertThat(cleaned.type()).isEqualTo(AttachmentType.PNG);
            assertThat(AttachmentType.detect(cleaned.content())).contains(AttachmentType.PNG);
            FilesWithMetadata.assertPhotoWithoutMetadata(cleaned.content());
            var picture = FilesWithMetadata.picture(cleaned.content());
            assertThat(picture.getWidth()).isEqualTo(48);
            assertThat(picture.getHeight()).isEqualTo(64);
            FilesWithMetadata.assertRed(picture, 12, 48, true);
            FilesWithMetadata.assertRed(picture, 36, 48, false);
            FilesWithMetadata.assertRed(picture, 12, 16, false);
        }

        @ParameterizedTest(name = "with the Adobe marker: {0}")
        @ValueSource(booleans = {true, false})
        void writesAFourChannelJpegAnewInRgb(boolean adobe) {
            // given a photo in CMYK, as print workflows save them (the Adobe marker says so; without it, the reader
            // takes the fourth channel for transparency, which a JPEG cannot hold)
            var sent = FilesWithMetadata.cmykJpeg(adobe);

            // when
            var cleaned = cleaner.clean(new NewAttachment("cetak.jpg", sent));

            // then it is an RGB JPEG of the same size
            var picture = FilesWithMetadata.picture(cleaned.content());
            assertThat(picture.getWidth()).isEqualTo(64);
            assertThat(picture.getRaster().getNumBands()).isEqualTo(3);
            if (adobe) {
                FilesWithMetadata.assertRed(picture, 12, 12, true);
                FilesWithMetadata.assertRed(picture, 48, 36, false);
            }
        }

        @Test
        void keepsAnUprightPhotoAsItWas() {
            // given a PNG with no orientation
            var sent = TestFiles.png();

            // when
            var cleaned = cleaner.clean(new NewAttachment("jalan.png", sent));

            // then it shows the same pixels
            var before = FilesWithMetadata.picture(sent);
            var after = FilesWithMetadata.picture(cleaned.content());
            assertThat(after.getWidth()).isEqualTo(before.getWidth());
            assertThat(after.getHeight()).isEqualTo(before.getHeight());
            assertThat(after.getRGB(10, 10)).isEqualTo(before.getRGB(10, 10));
        }

        @Test
        void refusesAPhotoOfMoreThanFiftyMegapixelsBeforeDecodingIt() {
            // given headers of a PNG of 100,000 × 100,000 pixels and a JPEG of 60,000 × 60,000, without their pixels
            var png = FilesWithMetadata.pngHeaderOnly(100_000, 100_000);
            var jpeg = FilesWithMetadata.jpegHeaderOnly(60_000, 60_000);

            // then they are refused for their size, not as damaged files (as they would be if they were decoded)
            assertThat(reason(new NewAttachment("bom.png", png)))
                    .isEqualTo(AttachmentRejectedException.Reason.TOO_MANY_PIXELS);
            assertThat(reason(new NewAttachment("bom.jpg", jpeg)))
                    .isEqualTo(AttachmentRejectedException.Reason.TOO_MANY_PIXELS);
        }

        @Test
        void refusesADamagedPhoto() {
            // given a file that starts as a PNG of 64 × 48 pixels and has none
            var damaged = FilesWithMetadata.pngHeaderOnly(64, 48);

            // then
            var rejected = catchThrowableOfType(
                    AttachmentRejectedException.class, () -> cleaner.clean(new NewAttachment("rusak.png", damaged)));
            assertThat(rejected.reason()).isEqualTo(AttachmentRejectedException.Reason.UNREADABLE);
            assertThat(rejected.fileName()).isEqualTo("rusak.png");
            assertThat(rejected.error().field()).isEqualTo("attachments");
        }
    }

    @Nested
    class Pdfs {

        @Test
        void writesAPdfAnewWithoutItsAuthorCreatorXmpScriptEmbeddedFilesOrPhotoExifAndItStillOpens()
                throws IOException {
            // given a scan whose author, creator, XMP, script on opening and embedded file name the owner, and whose
            // photo
            // holds the phone's EXIF
            var sent = FilesWithMetadata.pdf();
            try (var document = Loader.loadPDF(sent)) {
                assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(FilesWithMetadata.OWNER);
                assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            }
            assertThat(new String(sent, StandardCharsets.ISO_8859_1)).contains(FilesWithMetadata.MODEL);

            // when
            var cleaned = cleaner.clean(new NewAttachment("surat.pdf", sent));

            // then
            assertThat(cleaned.type()).isEqualTo(AttachmentType.PDF);
            FilesWithMetadata.assertPdfWithoutMetadata(cleaned.content());
        }

        @Test
        void refusesJunkThatStartsLikeAPdf() {
            var junk = "%PDF-1.7\n<script>alert(1)</script>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

            assertThat(reason(new NewAttachment("surat.pdf", junk)))
                    .isEqualTo(AttachmentRejectedException.Reason.UNREADABLE);
        }

        @Test
        void refusesAnEncryptedPdf() throws IOException {
            // given a PDF that opens without a password but is encrypted
            byte[] encrypted;
            try (var document = new PDDocument()) {
                document.addPage(new PDPage());
                var policy = new StandardProtectionPolicy("pemilik", "", new AccessPermission());
                document.protect(policy);
                var bytes = new ByteArrayOutputStream();
                document.save(bytes);
                encrypted = bytes.toByteArray();
            }

            // then
            assertThat(reason(new NewAttachment("terkunci.pdf", encrypted)))
                    .isEqualTo(AttachmentRejectedException.Reason.UNREADABLE);
        }
    }

    @Nested
    class Names {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "C:\\Users\\siti\\foto jalan.jpg | foto jalan.jpg",
                    "../../etc/passwd | passwd",
                    "'  \"laporan\"\t.pdf ' | laporan.pdf",
                    "'' | lampiran"
                })
        void keepsOnlyTheFilesOwnNameWithoutFoldersOrControlCharacters(String sent, String kept) {
            assertThat(AttachmentCleaner.safeName(sent)).isEqualTo(kept);
        }

        @Test
        void removesInvisibleTextDirectionMarksAndC1ControlsFromANameButKeepsArabicAndJoiners() {
            assertThat(AttachmentCleaner.safeName("foto\u202Egpj.exe")).isEqualTo("fotogpj.exe");
            assertThat(AttachmentCleaner.safeName("\u2067laporan\u2069\u200F\u061C\u0085.pdf"))
                    .isEqualTo("laporan.pdf");
            assertThat(AttachmentCleaner.safeName("شكوى\u200Cجديدة.pdf")).isEqualTo("شكوى\u200Cجديدة.pdf");
        }

        @Test
        void keepsTheEndOfAnOverlongName() {
            var name = "x".repeat(300) + ".png";

            assertThat(AttachmentCleaner.safeName(name)).hasSize(200).endsWith("x.png");
        }

        @Test
        void namesACleanedFileWithAnExtensionOfItsType() {
            var cleaned = cleaner.clean(new NewAttachment("foto\u202Egpj.exe", FilesWithMetadata.jpeg()));

            assertThat(cleaned.fileName()).isEqualTo("fotogpj.exe.jpg");
        }
    }

    private AttachmentRejectedException.Reason reason(NewAttachment file) {
        var rejected = catchThrowableOfType(AttachmentRejectedException.class, () -> cleaner.clean(file));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.reason();
    }
}
