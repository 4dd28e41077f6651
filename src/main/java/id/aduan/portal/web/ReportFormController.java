package id.aduan.portal.web;

import id.aduan.complaint.AttachmentRejectedException;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.Location;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.security.TokenAttempts;
import id.aduan.system.FieldProblemException;
import id.aduan.system.FormErrors;
import id.aduan.system.FormText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Filing a report on the page: the form, its errors next to each field with the reporter's input kept, and
 * the confirmation with the tracking ID and the reporter's private link.
 */
@Controller
class ReportFormController {

    private final ComplaintService complaints;
    private final ReferenceData reference;

    ReportFormController(ComplaintService complaints, ReferenceData reference) {
        this.complaints = complaints;
        this.reference = reference;
    }

    @InitBinder("reportForm")
    void readFieldsAsTheApiDoes(WebDataBinder binder) {
        FormText.register(binder);
    }

    @GetMapping("/lapor")
    String emptyForm(Model model) {
        model.addAttribute("reportForm", ReportForm.EMPTY);
        return form(model);
    }

    /**
     * Files the report through {@link ComplaintService#submit}, which checks its rules as for every door. Mistakes
     * come back next to their fields with the input kept (400): first any field that holds no value of its kind (a
     * latitude that is no number), then whatever the rules refuse.
     */
    @PostMapping("/lapor")
    String submit(
            @ModelAttribute("reportForm") ReportForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var files = form.files();
        model.addAttribute("chooseFilesAgain", !files.isEmpty());
        var status = HttpStatus.BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                var submitted = complaints.submit(form.toNewComplaint(locale), files);
                ReporterCookie.grant(submitted.trackingId(), submitted.accessToken(), request, response);
                return "redirect:/laporan/" + submitted.trackingId() + "/terkirim";
            } catch (ConstraintViolationException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (AttachmentRejectedException rejected) {
                if (rejected.reason() == AttachmentRejectedException.Reason.BUSY) {
                    status = HttpStatus.SERVICE_UNAVAILABLE;
                    response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                }
                errors.rejectValue(
                        ReportForm.ATTACHMENTS,
                        "attachment." + rejected.reason(),
                        new Object[] {
                            rejected.fileName(),
                            ComplaintLimits.ATTACHMENTS_MAX,
                            ComplaintLimits.ATTACHMENT_MAX_MEGABYTES,
                            ComplaintLimits.ATTACHMENT_MAX_MEGAPIXELS
                        },
                        rejected.getMessage());
            } catch (FieldProblemException problem) {
                FormErrors.reject(errors, problem);
            }
        }
        response.setStatus(status.value());
        return form(model);
    }

    /** The confirmation, for the reporter's browser only: it holds the cookie set when the report was filed. */
    @GetMapping("/laporan/{trackingId}/terkirim")
    String confirmation(
            @PathVariable String trackingId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token,
            Model model,
            HttpServletRequest request) {
        if (!(complaints.view(trackingId, token) instanceof ReporterComplaintView view)) {
            if (token != null) {
                TokenAttempts.markRejected(request);
            }
            return "redirect:/laporan/{trackingId}";
        }
        model.addAttribute("view", view);
        model.addAttribute(
                "privateLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/laporan/{trackingId}")
                        .queryParam("token", token)
                        .buildAndExpand(trackingId)
                        .toUriString());
        return "portal/confirmation";
    }

    /** Files beyond what the server reads at all: the form comes back empty, saying why. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        var page = new ModelAndView("portal/report-form", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("reportForm", ReportForm.EMPTY);
        page.addObject("tooLarge", true);
        page.addObject("pagePath", "/lapor");
        addChoices(page.getModel());
        return page;
    }

    private String form(Model model) {
        addChoices(model.asMap());
        return "portal/report-form";
    }

    private void addChoices(Map<String, Object> model) {
        model.put("types", ReportType.values());
        model.put("categories", reference.categories());
        model.put("regions", reference.regions());
        model.put("agencies", reference.agencies());
        model.put("maxFiles", ComplaintLimits.ATTACHMENTS_MAX);
        model.put("maxMegabytes", ComplaintLimits.ATTACHMENT_MAX_MEGABYTES);
        model.put("fields", ReportForm.FIELDS);
    }

    /** The report form: the page's format of a {@link NewComplaint}, which holds the rules. */
    record ReportForm(
            ReportType type,
            String title,
            String description,
            String categoryCode,
            String regionCode,
            String agencyCode,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            String name,
            String email,
            String phone,
            Boolean smsUpdates,
            Boolean anonymous,
            Boolean confidential,
            List<MultipartFile> attachments) {

        static final String ATTACHMENTS = "attachments";

        /** The fields in the order of the page, where the summary of mistakes lists them. */
        static final List<String> FIELDS = Arrays.stream(ReportForm.class.getRecordComponents())
                .map(RecordComponent::getName)
                .flatMap(name -> name.equals("longitude") ? Stream.of(name, "coordinates") : Stream.of(name))
                .toList();

        static final ReportForm EMPTY = new ReportForm(
                null, null, null, null, null, null, null, null, null, null, null, null, false, false, false, List.of());

        /**
         * Whether coordinates are given: the page's fieldset of both, where a mistake about the pair shows (the rule
         * {@code location.coordinates} of {@link Location}).
         */
        public boolean isCoordinates() {
            return latitude != null || longitude != null;
        }

        NewComplaint toNewComplaint(Locale locale) {
            var located = address != null || isCoordinates();
            return new NewComplaint(
                    type,
                    title,
                    description,
                    categoryCode,
                    regionCode,
                    agencyCode,
                    located ? new Location(address, latitude, longitude) : null,
                    isReporter() ? new Reporter(name, email, phone, Boolean.TRUE.equals(smsUpdates)) : null,
                    Boolean.TRUE.equals(anonymous),
                    Boolean.TRUE.equals(confidential),
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Language.EN : Language.ID,
                    Channel.WEB,
                    null);
        }

        /** Whether the form says anything about the reporter: a name, an address, a number or the choice of SMS. */
        private boolean isReporter() {
            return name != null || email != null || phone != null || Boolean.TRUE.equals(smsUpdates);
        }

        /** The files chosen; a file input left empty sends a part without name or content. */
        List<NewAttachment> files() {
            return attachments == null
                    ? List.of()
                    : attachments.stream()
                            .filter(file -> !(file.isEmpty() && isBlank(file.getOriginalFilename())))
                            .map(NewAttachment::from)
                            .toList();
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
