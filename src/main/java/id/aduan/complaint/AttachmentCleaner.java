package id.aduan.complaint;

import id.aduan.system.PlainText;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes a file fit to keep with a report: a JPEG or PNG photo or a PDF document by its content, of at most
 * {@value ComplaintLimits#ATTACHMENT_MAX_MEGABYTES} MB, written anew without what the reporter's device wrote into it
 * ({@link PhotoCleaner}, {@link PdfCleaner}), under the reporter's own name for it without folders or control
 * characters. Nothing of the file as it was sent is kept.
 */
@Component
class AttachmentCleaner {

    private static final int NAME_MAX = 200;

    private final PhotoCleaner photos;
    private final PdfCleaner pdfs;
    private final Semaphore cleanings;
    private final Duration wait;

    AttachmentCleaner(
            PhotoCleaner photos,
            PdfCleaner pdfs,
            @Value("${aduan.attachments.concurrent-cleanings}") int concurrentCleanings,
            @Value("${aduan.attachments.cleaning-wait}") Duration wait) {
        this.photos = photos;
        this.pdfs = pdfs;
        this.cleanings = new Semaphore(concurrentCleanings, true);
        this.wait = wait;
    }

    /**
     * Cleans the file, once one of the node's {@code aduan.attachments.concurrent-cleanings} is free: a photo may take
     * a few hundred megabytes while it is decoded, so that only so many are at once.
     *
     * @throws AttachmentRejectedException when the file cannot go with a report, saying why
     */
    CleanAttachment clean(NewAttachment file) {
        var name = safeName(file.fileName());
        var type = type(name, file.content());
        try {
            if (!cleanings.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(name);
        }
        try {
            var content = type == AttachmentType.PDF
                    ? pdfs.clean(name, file.content())
                    : photos.clean(type, name, file.content());
            return new CleanAttachment(type.withExtension(name), type, content);
        } finally {
            cleanings.release();
        }
    }

    private static AttachmentRejectedException busy(String name) {
        return new AttachmentRejectedException(
                AttachmentRejectedException.Reason.BUSY,
                name,
                "Aduan is busy with other files and could not take '" + name + "' now; send it again in a minute");
    }

    private static AttachmentType type(String name, byte[] content) {
        if (content.length == 0) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.EMPTY, name, "'" + name + "' is empty");
        }
        if (content.length > ComplaintLimits.ATTACHMENT_MAX_BYTES) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.TOO_LARGE,
                    name,
                    "'" + name + "' is larger than " + ComplaintLimits.ATTACHMENT_MAX_MEGABYTES + " MB");
        }
        return AttachmentType.detect(content)
                .orElseThrow(() -> new AttachmentRejectedException(
                        AttachmentRejectedException.Reason.UNSUPPORTED_TYPE,
                        name,
                        "'" + name + "' is not a JPEG or PNG photo or a PDF document"));
    }

    /**
     * The file's own name without any folder, control characters, invisible text direction marks (which can make
     * "gpj.exe" show as "exe.jpg") or excess length.
     */
    static String safeName(String fileName) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\x80-\\x9F\"" + PlainText.FORMAT_CONTROLS + "]", "")
                .strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
        return name.isEmpty() ? "lampiran" : name;
    }
}
