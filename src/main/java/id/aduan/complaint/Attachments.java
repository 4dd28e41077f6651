package id.aduan.complaint;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks and keeps the files sent with a report: at most {@value ComplaintLimits#ATTACHMENTS_MAX} files of
 * {@value ComplaintLimits#ATTACHMENT_MAX_MEGABYTES} MB, each a JPEG, PNG or PDF by its content.
 */
@Component
class Attachments {

    private static final int NAME_MAX = 200;

    private final AttachmentRepository attachments;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, Clock clock) {
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Rejects the files before anything of the report is stored. */
    void check(List<NewAttachment> files) {
        if (files.size() > ComplaintLimits.ATTACHMENTS_MAX) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.TOO_MANY,
                    null,
                    "at most " + ComplaintLimits.ATTACHMENTS_MAX + " files may go with a report");
        }
        for (var file : files) {
            type(file);
        }
    }

    void store(Complaint complaint, List<NewAttachment> files) {
        for (var file : files) {
            var type = type(file);
            attachments.save(new Attachment(
                    complaint.getId(),
                    type.withExtension(safeName(file.fileName())),
                    type.contentType(),
                    file.content(),
                    clock.instant()));
        }
    }

    List<AttachmentView> of(Complaint complaint) {
        return attachments.findViewsByComplaintId(complaint.getId());
    }

    Optional<AttachmentContent> content(Complaint complaint, long attachmentId) {
        return attachments
                .findByIdAndComplaintId(attachmentId, complaint.getId())
                .map(Attachment::toContent);
    }

    private static AttachmentType type(NewAttachment file) {
        var name = safeName(file.fileName());
        if (file.content().length == 0) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.EMPTY, name, "'" + name + "' is empty");
        }
        if (file.content().length > ComplaintLimits.ATTACHMENT_MAX_BYTES) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.TOO_LARGE,
                    name,
                    "'" + name + "' is larger than " + ComplaintLimits.ATTACHMENT_MAX_MEGABYTES + " MB");
        }
        return AttachmentType.detect(file.content())
                .orElseThrow(() -> new AttachmentRejectedException(
                        AttachmentRejectedException.Reason.UNSUPPORTED_TYPE,
                        name,
                        "'" + name + "' is not a JPEG or PNG photo or a PDF document"));
    }

    /** The file's own name without any folder, control characters or excess length. */
    static String safeName(String fileName) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(name.length() - NAME_MAX);
        }
        return name.isEmpty() ? "lampiran" : name;
    }
}
