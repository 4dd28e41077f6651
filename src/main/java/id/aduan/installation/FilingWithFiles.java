package id.aduan.installation;

import id.aduan.complaint.AttachmentContent;
import id.aduan.complaint.ComplaintLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A report's filing with its files, as the partner API of another installation takes it: {@code multipart/form-data}
 * with the filing (JSON) as the part {@code report} and each file as a part {@code files}, under the name it
 * downloads under here ({@code ADU-7K3M-9QXH-lampiran-1.jpg}), never the reporter's own name for it.
 *
 * @param contentType {@code multipart/form-data} with the body's boundary
 * @param body the whole body
 */
record FilingWithFiles(String contentType, byte[] body) {

    /** The filing JSON and the files, written as one multipart body. */
    static FilingWithFiles of(String filing, List<AttachmentContent> files) {
        var parts = new LinkedMultiValueMap<String, HttpEntity<byte[]>>();
        parts.add("report", part("report", null, MediaType.APPLICATION_JSON, filing.getBytes(StandardCharsets.UTF_8)));
        for (var file : files) {
            parts.add(
                    "files",
                    part("files", file.fileName(), MediaType.parseMediaType(file.contentType()), file.content()));
        }
        var message = new BufferedMessage();
        try {
            new FormHttpMessageConverter().write(parts, MediaType.MULTIPART_FORM_DATA, message);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a multipart body in memory failed", e);
        }
        return new FilingWithFiles(message.headers.getContentType().toString(), message.body.toByteArray());
    }

    private static HttpEntity<byte[]> part(String name, String fileName, MediaType type, byte[] content) {
        var headers = new HttpHeaders();
        var disposition = ContentDisposition.formData().name(name);
        if (fileName != null) {
            disposition.filename(fileName);
        }
        headers.setContentDisposition(disposition.build());
        headers.setContentType(type);
        return new HttpEntity<>(content, headers);
    }

    /**
     * Which of the report's files the other installation takes, whose partner API applies the limits every report's
     * files have ({@link ComplaintLimits}): the first {@value ComplaintLimits#ATTACHMENTS_MAX} of at most
     * {@value ComplaintLimits#ATTACHMENT_MAX_MEGABYTES} MB each. A file kept here can be larger than the file the
     * reporter sent (a photo written anew without its metadata may grow); sending it would have the whole report
     * refused, for good, so it stays here.
     */
    static Choice choose(List<AttachmentContent> files) {
        var sent = new ArrayList<AttachmentContent>();
        var left = new ArrayList<AttachmentContent>();
        for (var file : files) {
            if (sent.size() < ComplaintLimits.ATTACHMENTS_MAX
                    && file.content().length > 0
                    && file.content().length <= ComplaintLimits.ATTACHMENT_MAX_BYTES) {
                sent.add(file);
            } else {
                left.add(file);
            }
        }
        return new Choice(List.copyOf(sent), List.copyOf(left));
    }

    /**
     * @param sent the files that go with the report
     * @param left the files that stay here
     */
    record Choice(List<AttachmentContent> sent, List<AttachmentContent> left) {}

    /** A message written to memory. */
    private static final class BufferedMessage implements HttpOutputMessage {

        private final HttpHeaders headers = new HttpHeaders();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public OutputStream getBody() {
            return body;
        }
    }
}
