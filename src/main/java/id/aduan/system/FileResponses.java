package id.aduan.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends a stored file: photos show in the browser, documents download, and neither is sniffed as anything else. */
public final class FileResponses {

    private FileResponses() {}

    public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
        var type = MediaType.parseMediaType(contentType);
        var disposition =
                "image".equals(type.getType()) ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
