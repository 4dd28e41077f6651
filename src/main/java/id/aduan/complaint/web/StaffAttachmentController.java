package id.aduan.complaint.web;

import id.aduan.complaint.StaffAttachments;
import id.aduan.security.StaffScope;
import id.aduan.system.FileResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For staff: the photos and documents of the reports they work on, linked from the task forms in Tasklist. */
@RestController
class StaffAttachmentController {

    private final StaffAttachments attachments;
    private final StaffScope scope;

    StaffAttachmentController(StaffAttachments attachments, StaffScope scope) {
        this.attachments = attachments;
        this.scope = scope;
    }

    @GetMapping("/staff/reports/{trackingId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            @PathVariable String trackingId, @PathVariable long attachmentId, Authentication staff) {
        var file = attachments.attachment(trackingId, attachmentId, scope.agencyCodes(staff));
        return FileResponses.of(file.fileName(), file.contentType(), file.content());
    }
}
