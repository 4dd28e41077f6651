package id.aduan.complaint;

import id.aduan.complaint.internal.Attachment;
import id.aduan.complaint.internal.AttachmentRepository;
import id.aduan.complaint.internal.Complaint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks and keeps the files sent with a report: at most {@value ComplaintLimits#ATTACHMENTS_MAX} files, each made
 * fit to keep by the {@link AttachmentCleaner}. Files are numbered in the order they were sent; only the reporter sees
 * their own names for them, as those may name them.
 */
@Component
class Attachments {

    private final AttachmentRepository attachments;
    private final AttachmentCleaner cleaner;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, AttachmentCleaner cleaner, Clock clock) {
        this.attachments = attachments;
        this.cleaner = cleaner;
        this.clock = clock;
    }

    /** Rejects the files before anything of the report is stored, or gives them back cleaned, ready to store. */
    List<CleanAttachment> check(List<NewAttachment> files) {
        if (files.size() > ComplaintLimits.ATTACHMENTS_MAX) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.TOO_MANY,
                    null,
                    "at most " + ComplaintLimits.ATTACHMENTS_MAX + " files may go with a report");
        }
        return files.stream().map(cleaner::clean).toList();
    }

    void store(Complaint complaint, List<CleanAttachment> files) {
        for (var file : files) {
            attachments.save(new Attachment(
                    complaint.getId(), file.fileName(), file.type().contentType(), file.content(), clock.instant()));
        }
    }

    /** The report's files by number, named as they download, for anyone but the reporter. */
    List<AttachmentView> of(Complaint complaint) {
        return views(complaint, false);
    }

    /** The report's files by number and under the reporter's own names, for the reporter. */
    List<AttachmentView> withReportersNames(Complaint complaint) {
        return views(complaint, true);
    }

    /** A file of the report, named after the report and the file's number. */
    Optional<AttachmentContent> content(Complaint complaint, long attachmentId) {
        return attachments
                .findByIdAndComplaintId(attachmentId, complaint.getId())
                .map(attachment -> attachment.toContentNamed(downloadName(
                        complaint.getTrackingId(),
                        attachments.findIdsByComplaintId(complaint.getId()).indexOf(attachment.getId()) + 1,
                        attachment.getContentType())));
    }

    /** The report's files in the order they were sent, each named after the report and its number. */
    List<AttachmentContent> contents(Complaint complaint) {
        var files = attachments.findByComplaintIdOrderById(complaint.getId());
        var contents = new ArrayList<AttachmentContent>();
        for (var i = 0; i < files.size(); i++) {
            var file = files.get(i);
            contents.add(file.toContentNamed(downloadName(complaint.getTrackingId(), i + 1, file.getContentType())));
        }
        return contents;
    }

    /** A report's file as it downloads: {@code ADU-7K3M-9QXH-lampiran-1.jpg}. */
    static String downloadName(String trackingId, int number, String contentType) {
        var extension = AttachmentType.ofContentType(contentType)
                .map(AttachmentType::extension)
                .orElse("");
        return trackingId + "-lampiran-" + number + extension;
    }

    private List<AttachmentView> views(Complaint complaint, boolean reportersNames) {
        var stored = attachments.findStoredByComplaintId(complaint.getId());
        var views = new ArrayList<AttachmentView>();
        for (var i = 0; i < stored.size(); i++) {
            var file = stored.get(i);
            var number = i + 1;
            views.add(new AttachmentView(
                    file.id(),
                    number,
                    "Lampiran " + number,
                    "Attachment " + number,
                    reportersNames
                            ? file.fileName()
                            : downloadName(complaint.getTrackingId(), number, file.contentType()),
                    file.contentType(),
                    file.sizeBytes()));
        }
        return views;
    }
}
