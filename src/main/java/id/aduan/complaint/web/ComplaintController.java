package id.aduan.complaint.web;

import id.aduan.complaint.Acceptance;
import id.aduan.complaint.AccessLinkRequests;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintView;
import id.aduan.complaint.Objection;
import id.aduan.complaint.PublicComplaintView;
import id.aduan.complaint.ReportRequest;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.security.TokenAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporter's API: file a report, follow it, answer, accept or object, and ask for a new private link. */
@RestController
@Validated
@RequestMapping("/api/complaints")
class ComplaintController {

    static final String ACCESS_TOKEN = TokenAttempts.HEADER;
    static final String TRACKING_ID = ComplaintLimits.TRACKING_ID_PATTERN;
    static final String TRACKING_ID_MESSAGE = "must be a tracking ID such as ADU-7K3M-9QXH";

    private final ComplaintService complaints;
    private final AccessLinkRequests accessLinks;

    ComplaintController(ComplaintService complaints, AccessLinkRequests accessLinks) {
        this.complaints = complaints;
        this.accessLinks = accessLinks;
    }

    @PostMapping
    ResponseEntity<SubmittedComplaint> submit(@RequestBody ReportRequest request) {
        var submitted = complaints.submit(request.toNewComplaint(Channel.API));
        return ResponseEntity.created(URI.create("/api/complaints/" + submitted.trackingId()))
                .body(submitted);
    }

    @GetMapping("/{trackingId}")
    ComplaintView view(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(name = ACCESS_TOKEN, required = false) String accessToken,
            HttpServletRequest request) {
        var view = complaints.view(trackingId, accessToken);
        if (accessToken != null && view instanceof PublicComplaintView) {
            TokenAttempts.markRejected(request);
        }
        return view;
    }

    @PostMapping("/{trackingId}/messages")
    ReporterComplaintView postMessage(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(ACCESS_TOKEN) String accessToken,
            @RequestBody ReporterMessage request) {
        return complaints.postMessage(
                trackingId, accessToken, new ReporterMessage(ReportRequest.strip(request.message())));
    }

    @PostMapping("/{trackingId}/acceptance")
    ReporterComplaintView accept(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(ACCESS_TOKEN) String accessToken,
            @RequestBody Acceptance request) {
        return complaints.accept(
                trackingId, accessToken, new Acceptance(request.rating(), ReportRequest.strip(request.comment())));
    }

    @PostMapping("/{trackingId}/objection")
    ReporterComplaintView object(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(ACCESS_TOKEN) String accessToken,
            @RequestBody Objection request) {
        return complaints.object(trackingId, accessToken, new Objection(ReportRequest.strip(request.reason())));
    }

    /**
     * A new private link by e-mail, for a reporter whose link expired or got lost: the same answer whether or not
     * the address is the reporter's, or the report exists.
     */
    @PostMapping("/{trackingId}/access-link")
    ResponseEntity<AccessLinkAnswer> requestAccessLink(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @Valid @RequestBody AccessLinkRequest request) {
        accessLinks.request(trackingId, request.email().strip());
        return ResponseEntity.accepted().body(AccessLinkAnswer.SAME_FOR_EVERY_ADDRESS);
    }

    /** The address the reporter gave with the report. */
    record AccessLinkRequest(
            @NotBlank @Email @Size(max = ComplaintLimits.EMAIL_MAX)
            String email) {}

    record AccessLinkAnswer(String message) {

        static final AccessLinkAnswer SAME_FOR_EVERY_ADDRESS = new AccessLinkAnswer("If this is the e-mail address"
                + " the reporter gave with this report, a new private link is on its way to it. A link from an e-mail"
                + " works for a limited time; the link given when the report was filed keeps working.");
    }
}
