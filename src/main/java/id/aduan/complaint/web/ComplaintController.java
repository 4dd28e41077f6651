package id.aduan.complaint.web;

import id.aduan.complaint.Acceptance;
import id.aduan.complaint.AccessLinkRequests;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintView;
import id.aduan.complaint.Language;
import id.aduan.complaint.Location;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Objection;
import id.aduan.complaint.PublicComplaintView;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
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
import java.math.BigDecimal;
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
    ResponseEntity<SubmittedComplaint> submit(@RequestBody SubmitComplaintRequest request) {
        var submitted = complaints.submit(request.toNewComplaint());
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
        return complaints.postMessage(trackingId, accessToken, new ReporterMessage(strip(request.message())));
    }

    @PostMapping("/{trackingId}/acceptance")
    ReporterComplaintView accept(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(ACCESS_TOKEN) String accessToken,
            @RequestBody Acceptance request) {
        return complaints.accept(trackingId, accessToken, new Acceptance(request.rating(), strip(request.comment())));
    }

    @PostMapping("/{trackingId}/objection")
    ReporterComplaintView object(
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(ACCESS_TOKEN) String accessToken,
            @RequestBody Objection request) {
        return complaints.object(trackingId, accessToken, new Objection(strip(request.reason())));
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

    /** A text without the white space around it; an empty one as none. */
    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A report as JSON; {@link NewComplaint} holds the rules. */
    record SubmitComplaintRequest(
            ReportType type,
            String title,
            String description,
            String categoryCode,
            String regionCode,
            String agencyCode,
            LocationRequest location,
            ReporterRequest reporter,
            Boolean anonymous,
            Boolean confidential,
            Language language) {

        NewComplaint toNewComplaint() {
            return new NewComplaint(
                    type,
                    strip(title),
                    strip(description),
                    strip(categoryCode),
                    strip(regionCode),
                    strip(agencyCode),
                    location == null ? null : location.toLocation(),
                    reporter == null ? null : reporter.toReporter(),
                    Boolean.TRUE.equals(anonymous),
                    Boolean.TRUE.equals(confidential),
                    language == null ? Language.ID : language,
                    Channel.API);
        }
    }

    record LocationRequest(String address, BigDecimal latitude, BigDecimal longitude) {

        Location toLocation() {
            return new Location(strip(address), latitude, longitude);
        }
    }

    record ReporterRequest(String name, String email, String phone) {

        Reporter toReporter() {
            return new Reporter(strip(name), strip(email), strip(phone));
        }
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
