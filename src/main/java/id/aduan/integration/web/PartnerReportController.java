package id.aduan.integration.web;

import id.aduan.complaint.Acceptance;
import id.aduan.complaint.AttachmentRejectedException;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintView;
import id.aduan.complaint.FiledByIntegration;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Objection;
import id.aduan.complaint.ReportRequest;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.integration.Partner;
import id.aduan.integration.PartnerFilings;
import id.aduan.integration.PartnerUpdates;
import id.aduan.system.FieldProblemException;
import id.aduan.system.FieldProblemException.FieldError;
import id.aduan.system.PlainText;
import id.aduan.system.ProblemDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The partner API, version 1: a partner system files reports with its own reference (retries give the first report
 * back), reads them as their reporter does, and acts for the reporter on the reports it filed, and only those.
 */
@RestController
@Validated
@RequestMapping(PartnerReportController.BASE)
class PartnerReportController {

    static final String BASE = "/api/partner/v1/reports";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String FILES = "files";

    private static final String TRACKING_ID = ComplaintLimits.TRACKING_ID_PATTERN;
    private static final String TRACKING_ID_MESSAGE = "must be a tracking ID such as ADU-7K3M-9QXH";

    private final ComplaintService complaints;
    private final PartnerFilings filings;
    private final PartnerUpdates updates;

    PartnerReportController(ComplaintService complaints, PartnerFilings filings, PartnerUpdates updates) {
        this.complaints = complaints;
        this.filings = filings;
        this.updates = updates;
    }

    /** Files a report; the same reference or {@code Idempotency-Key} again answers 200 with the first report. */
    @ApiResponse(
            responseCode = "201",
            description = "Filed: the tracking ID, the reporter's access token, the deadline")
    @ApiResponse(responseCode = "200", description = "Filed before with this reference or Idempotency-Key: that report")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; errors names it")
    @ApiResponse(responseCode = "401", description = "No key, or an unknown one")
    @ApiResponse(responseCode = "403", description = "The key was revoked or has expired, or the partner is suspended")
    @ApiResponse(responseCode = "409", description = "agencyCode is served by another connected installation")
    @ApiResponse(responseCode = "429", description = "Over a quota; Retry-After says when to try again")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmittedComplaint> file(
            Partner partner,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody PartnerReport request) {
        return file(partner, idempotencyKey, request, List.of());
    }

    /** Files a report with photos or PDF documents: the part {@code report} as JSON, the files as parts {@code files}. */
    @ApiResponse(
            responseCode = "201",
            description = "Filed: the tracking ID, the reporter's access token, the deadline")
    @ApiResponse(responseCode = "200", description = "Filed before with this reference or Idempotency-Key: that report")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; errors names it")
    @ApiResponse(responseCode = "401", description = "No key, or an unknown one")
    @ApiResponse(responseCode = "403", description = "The key was revoked or has expired, or the partner is suspended")
    @ApiResponse(responseCode = "409", description = "agencyCode is served by another connected installation")
    @ApiResponse(responseCode = "429", description = "Over a quota; Retry-After says when to try again")
    @ApiResponse(
            responseCode = "503",
            description = "Busy cleaning other files; Retry-After says when to send the report again")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmittedComplaint> fileWithAttachments(
            Partner partner,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestPart("report") PartnerReport request,
            @RequestPart(name = FILES, required = false) List<MultipartFile> files) {
        var attachments = files == null
                ? List.<NewAttachment>of()
                : files.stream().map(NewAttachment::from).toList();
        return file(partner, idempotencyKey, request, attachments);
    }

    @GetMapping("/{trackingId}")
    ComplaintView view(
            Partner partner,
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId) {
        return complaints.view(trackingId, ReporterCredential.integration(partner.id()));
    }

    /** Posts the reporter's message; the same {@code Idempotency-Key} again posts nothing and answers the report. */
    @PostMapping("/{trackingId}/messages")
    ReporterComplaintView postMessage(
            Partner partner,
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(max = PartnerUpdates.CLIENT_UPDATE_ID_MAX)
                    String idempotencyKey,
            @RequestBody ReporterMessage request) {
        var message = new ReporterMessage(ReportRequest.strip(request.message()));
        return idempotencyKey == null
                ? complaints.postMessage(trackingId, ReporterCredential.integration(partner.id()), message)
                : updates.postAndView(partner, trackingId, idempotencyKey, message);
    }

    @ApiResponse(
            responseCode = "409",
            description = "The report does not await the reporter's answer (any more), or acceptedAt is after the"
                    + " reporter's window and its grace ended; errors names acceptedAt when it decides")
    @PostMapping("/{trackingId}/acceptance")
    ReporterComplaintView accept(
            Partner partner,
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestBody PartnerAcceptance request) {
        return complaints.accept(
                trackingId,
                ReporterCredential.integration(partner.id()),
                new Acceptance(request.rating(), ReportRequest.strip(request.comment())),
                request.acceptedAt());
    }

    @ApiResponse(
            responseCode = "409",
            description = "The report does not await the reporter's answer (any more), or objectedAt is after the"
                    + " reporter's window and its grace ended; errors names objectedAt when it decides")
    @PostMapping("/{trackingId}/objection")
    ReporterComplaintView object(
            Partner partner,
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId,
            @RequestBody PartnerObjection request) {
        return complaints.object(
                trackingId,
                ReporterCredential.integration(partner.id()),
                new Objection(ReportRequest.strip(request.reason())),
                request.objectedAt());
    }

    /**
     * Only from the Aduan installation that forwarded the report: its reporter's window closed there without their
     * answer, so the report here closes too, without waiting the grace for a late acceptance or objection.
     */
    @ApiResponse(
            responseCode = "200",
            description = "The report closes without the reporter's answer in a moment (its timer falls due now), or"
                    + " was closed already")
    @ApiResponse(
            responseCode = "409",
            description = "The report was not forwarded by an Aduan installation, or does not await the reporter")
    @PostMapping("/{trackingId}/window-closed")
    ReporterComplaintView windowClosed(
            Partner partner,
            @PathVariable @Pattern(regexp = TRACKING_ID, message = TRACKING_ID_MESSAGE) String trackingId) {
        return complaints.closeReporterWindow(trackingId, ReporterCredential.integration(partner.id()));
    }

    private ResponseEntity<SubmittedComplaint> file(
            Partner partner, String idempotencyKey, PartnerReport request, List<NewAttachment> attachments) {
        var filedBy = new FiledByIntegration(
                partner.id(), partner.name(), request.externalReference().strip(), ReportRequest.strip(idempotencyKey));
        var submitted = filings.file(
                partner,
                request.report().toNewComplaint(filedBy),
                ReportRequest.strip(request.agencyCode()),
                attachments);
        return ResponseEntity.status(submitted.firstFiling() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create(BASE + "/" + submitted.trackingId()))
                .body(submitted);
    }

    /**
     * The report's rules, broken, name their fields as the partner sent them: inside {@code report}
     * ({@code report.title}, {@code report.reporter.email}), the reference and the {@code Idempotency-Key} header.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> brokenRules(ConstraintViolationException broken) {
        var errors = broken.getConstraintViolations().stream()
                .map(violation -> violation.getRootBeanClass() == NewComplaint.class
                        ? asSent(FieldError.of(violation))
                        : FieldError.of(violation))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(ProblemDetails.invalidFields(errors));
    }

    /** A code or reporter the service refused, named inside {@code report}. */
    @ExceptionHandler(FieldProblemException.class)
    ResponseEntity<ProblemDetail> refusedField(FieldProblemException refused) {
        return ResponseEntity.badRequest().body(ProblemDetails.invalidFields(List.of(asSent(refused.error()))));
    }

    /**
     * A file refused names {@code files}, the parts it came in; one that could not be cleaned now because the node is
     * cleaning as many files as it may at once is no fault of the file: 503 with {@code Retry-After}, to send again.
     */
    @ExceptionHandler(AttachmentRejectedException.class)
    ResponseEntity<ProblemDetail> refusedFile(AttachmentRejectedException refused) {
        var errors = List.of(new FieldError(FILES, refused.error().message()));
        if (refused.reason() == AttachmentRejectedException.Reason.BUSY) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "60")
                    .body(ProblemDetails.fieldProblem(HttpStatus.SERVICE_UNAVAILABLE, "Busy with other files", errors));
        }
        return ResponseEntity.badRequest().body(ProblemDetails.invalidFields(errors));
    }

    private static FieldError asSent(FieldError error) {
        var field =
                switch (error.field()) {
                    case "integration.externalReference" -> "externalReference";
                    case "integration.idempotencyKey" -> IDEMPOTENCY_KEY;
                    default -> "report." + error.field();
                };
        return new FieldError(field, error.message());
    }

    /** The reporter's acceptance, as {@link Acceptance}, and when they accepted where they follow the report. */
    record PartnerAcceptance(
            Integer rating,
            String comment,

            @Schema(description = ACTED_AT_DESCRIPTION, example = "2026-03-02T03:15:00Z")
            Instant acceptedAt) {}

    /** The reporter's objection, as {@link Objection}, and when they objected where they follow the report. */
    record PartnerObjection(
            String reason,

            @Schema(description = ACTED_AT_DESCRIPTION, example = "2026-03-02T03:15:00Z")
            Instant objectedAt) {}

    private static final String ACTED_AT_DESCRIPTION = "Optional, sent by another Aduan installation: when its reporter"
            + " acted there. A report it forwarded waits aduan.installations.reporter-window-grace past the reporter's"
            + " window for such a late call, and takes it when this moment lies before the grace ended; after that"
            + " the call without it, or with a later moment, is refused (409 naming the field).";

    /**
     * A partner's report: its own reference for it, unique among its reports, and the report as Aduan's API takes it;
     * from another Aduan installation, also the agency it routed the report to.
     */
    record PartnerReport(
            @NotBlank @PlainText @Size(max = ComplaintLimits.EXTERNAL_REFERENCE_MAX)
            String externalReference,

            @NotNull ReportRequest report,

            @Schema(
                    description = "Only from another Aduan installation (an integration of kind ADUAN_INSTALLATION):"
                            + " the agency it routed the report to, served here. The report goes to that agency,"
                            + " straight or through verification here as this installation's record of the other one"
                            + " says (skipVerification); an agency's \"not our authority\" returns the report to the"
                            + " other installation (event report.returned-to-origin). 400 from any other partner or"
                            + " for an unknown agency; 409 when another connected installation serves the agency.",
                    example = "DINKES-MUBA")
            @Size(max = ComplaintLimits.CODE_MAX)
            String agencyCode) {}
}
