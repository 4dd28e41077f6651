package id.aduan.complaint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a report may carry, recognised by their first bytes (their magic numbers). */
enum AttachmentType {
    JPEG("image/jpeg", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of(".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", List.of(".pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII));

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    AttachmentType(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst();
    }

    static Optional<AttachmentType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(contentType))
                .findFirst();
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extensions.get(0);
    }

    /** The name with an extension of this type, so that a saved file opens as what it is. */
    String withExtension(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith) ? fileName : fileName + extension();
    }
}
