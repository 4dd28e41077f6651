package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.AttachmentContent;
import id.aduan.complaint.ComplaintLimits;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilingWithFilesTest {

    private static final String FILING = "{\"externalReference\":\"ADU-7K3M-9QXH\",\"agencyCode\":\"DINKES-MUBA\","
            + "\"report\":{\"title\":\"Puskesmas Sekayu tutup – sejak Senin\"}}";

    @Nested
    class Body {

        @Test
        void holdsTheFilingAsTheJsonPartReportAndEachFileAsAPartFilesUnderItsName() {
            // given
            var photo = file("ADU-7K3M-9QXH-lampiran-1.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
            var letter = file("ADU-7K3M-9QXH-lampiran-2.pdf", "application/pdf", "%PDF-1.4\r\n--".getBytes());

            // when
            var filing = FilingWithFiles.of(FILING, List.of(photo, letter));

            // then
            assertThat(filing.contentType()).startsWith("multipart/form-data;").contains("boundary=");
            var parts = parts(filing);
            assertThat(parts).hasSize(3);
            assertThat(parts.get(0).name()).isEqualTo("report");
            assertThat(parts.get(0).fileName()).isNull();
            assertThat(parts.get(0).contentType()).isEqualTo("application/json");
            assertThat(parts.get(0).text()).isEqualTo(FILING);
            assertThat(parts.get(1))
                    .extracting(Part::name, Part::fileName, Part::contentType)
                    .containsExactly("files", "ADU-7K3M-9QXH-lampiran-1.jpg", "image/jpeg");
            assertThat(parts.get(1).content()).isEqualTo(photo.content());
            assertThat(parts.get(2))
                    .extracting(Part::name, Part::fileName, Part::contentType)
                    .containsExactly("files", "ADU-7K3M-9QXH-lampiran-2.pdf", "application/pdf");
            assertThat(parts.get(2).content()).isEqualTo(letter.content());
        }
    }

    @Nested
    class Choosing {

        @Test
        void sendsEveryFileWithinTheLimitsOfAnyReport() {
            // given
            var files = List.of(
                    file("a-1.jpg", "image/jpeg", new byte[] {1}),
                    file("a-2.png", "image/png", new byte[(int) ComplaintLimits.ATTACHMENT_MAX_BYTES]),
                    file("a-3.pdf", "application/pdf", new byte[] {3}));

            // when
            var choice = FilingWithFiles.choose(files);

            // then
            assertThat(choice.sent()).isEqualTo(files);
            assertThat(choice.left()).isEmpty();
        }

        @Test
        void keepsHereAFileLargerThanTheOtherSideTakesAndThoseBeyondTheNumberItTakes() {
            // given a photo that grew past the limit as it was written anew, and one file more than a report takes
            var grown = file("a-1.jpg", "image/jpeg", new byte[(int) ComplaintLimits.ATTACHMENT_MAX_BYTES + 1]);
            var second = file("a-2.png", "image/png", new byte[] {2});
            var third = file("a-3.png", "image/png", new byte[] {3});
            var fourth = file("a-4.png", "image/png", new byte[] {4});
            var fifth = file("a-5.png", "image/png", new byte[] {5});

            // when
            var choice = FilingWithFiles.choose(List.of(grown, second, third, fourth, fifth));

            // then
            assertThat(choice.sent()).containsExactly(second, third, fourth);
            assertThat(choice.left()).containsExactly(grown, fifth);
        }
    }

    private static AttachmentContent file(String name, String contentType, byte[] content) {
        return new AttachmentContent(name, contentType, content);
    }

    /** The body's parts as a server reads them. */
    static List<Part> parts(FilingWithFiles filing) {
        try {
            var multipart = new MimeMultipart(new ByteArrayDataSource(filing.body(), filing.contentType()));
            var parts = new ArrayList<Part>();
            for (var i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                var disposition = new ContentDisposition(part.getHeader("Content-Disposition")[0]);
                assertThat(disposition.getDisposition()).isEqualTo("form-data");
                parts.add(new Part(
                        disposition.getParameter("name"),
                        disposition.getParameter("filename"),
                        part.getContentType(),
                        part.getInputStream().readAllBytes()));
            }
            return parts;
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Not a multipart body: " + e.getMessage(), e);
        }
    }

    record Part(String name, String fileName, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }
}
