package id.aduan.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent with a new report, as the reporter's device named it. Its type is read from its content,
 * never from what the device claims.
 */
public record NewAttachment(String fileName, byte[] content) {

    /** An uploaded file, by the name the reporter's device gave it. */
    public static NewAttachment from(MultipartFile file) {
        try {
            return new NewAttachment(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file.getOriginalFilename(), e);
        }
    }
}
