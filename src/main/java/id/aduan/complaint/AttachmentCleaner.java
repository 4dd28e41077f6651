package id.aduan.complaint;

import id.aduan.system.PlainText;
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

    AttachmentCleaner(PhotoCleaner photos, PdfCleaner pdfs) {
        this.photos = photos;
        this.pdfs = pdfs;
    }

    /** @throws AttachmentRejectedException when the file cannot go with a report, saying why */
    CleanAttachment clean(NewAttachment file) {
        var name = safeName(file.fileName());
        var type = type(name, file.content());
        var content = type == AttachmentType.PDF
                ? pdfs.clean(name, file.content())
                : photos.clean(type, name, file.content());
        return new CleanAttachment(type.withExtension(name), type, content);
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
