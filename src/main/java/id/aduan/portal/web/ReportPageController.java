package id.aduan.portal.web;

import id.aduan.complaint.Acceptance;
import id.aduan.complaint.AssignmentStatus;
import id.aduan.complaint.ComplaintNotFoundException;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStateException;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ComplaintView;
import id.aduan.complaint.Objection;
import id.aduan.complaint.ReporterAccess;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterMessage;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.complaint.TimelineEntryView;
import id.aduan.security.TokenAttempts;
import id.aduan.system.FileResponses;
import id.aduan.system.FormErrors;
import id.aduan.system.FormText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A report's page: its public view for anyone, or with the reporter's cookie the reporter's view with the
 * deadlines, the answer to an information request, and acceptance with a rating or an objection. A link or cookie
 * that opens nothing (wrong, or an e-mail link that expired) gets the public view, or 404 for a report that is not
 * public, saying why, with the form that sends the reporter a new link.
 */
@Controller
class ReportPageController {

    private static final Set<String> NOTICES = Set.of("pesan", "diterima", "disanggah", "keluar");
    private static final Set<TimelineEntryType> QUESTIONS =
            Set.of(TimelineEntryType.DEFERRED, TimelineEntryType.INFORMATION_REQUESTED);

    private final ComplaintService complaints;
    private final ReporterAccess access;
    private final ReporterAccessProperties accessSettings;
    private final ReferenceData reference;

    ReportPageController(
            ComplaintService complaints,
            ReporterAccess access,
            ReporterAccessProperties accessSettings,
            ReferenceData reference) {
        this.complaints = complaints;
        this.access = access;
        this.accessSettings = accessSettings;
        this.reference = reference;
    }

    @InitBinder({"messageForm", "acceptanceForm", "objectionForm"})
    void readFieldsAsTheApiDoes(WebDataBinder binder) {
        FormText.register(binder);
    }

    @GetMapping("/laporan/{trackingId}")
    String show(
            @PathVariable String trackingId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token,
            @RequestParam(name = "info", required = false) String notice,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (notice != null && NOTICES.contains(notice)) {
            model.addAttribute("notice", notice);
        }
        var view = viewOrNothing(trackingId, token);
        if (view instanceof ReporterComplaintView || (token == null && view != null)) {
            return page(view, model);
        }
        return refused(trackingId, token, view, model, request, response);
    }

    /**
     * The reporter's private link: a valid token goes into the cookie and the browser on to the address
     * without it; any other token shows the public view (or 404), saying that the link is not valid or expired.
     */
    @GetMapping(path = "/laporan/{trackingId}", params = "token")
    String openPrivateLink(
            @PathVariable String trackingId,
            @RequestParam String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var view = viewOrNothing(trackingId, token);
        if (view instanceof ReporterComplaintView) {
            ReporterCookie.grant(trackingId, token, request, response);
            return "redirect:/laporan/{trackingId}";
        }
        return refused(trackingId, token, view, model, request, response);
    }

    @PostMapping("/laporan/{trackingId}/pesan")
    String postMessage(
            @PathVariable String trackingId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token,
            @ModelAttribute("messageForm") ReporterMessage form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return act(
                trackingId,
                token,
                errors,
                model,
                response,
                "pesan",
                () -> complaints.postMessage(trackingId, token, form));
    }

    @PostMapping("/laporan/{trackingId}/terima")
    String accept(
            @PathVariable String trackingId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token,
            @ModelAttribute("acceptanceForm") Acceptance form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return act(
                trackingId,
                token,
                errors,
                model,
                response,
                "diterima",
                () -> complaints.accept(trackingId, token, form));
    }

    @PostMapping("/laporan/{trackingId}/sanggah")
    String object(
            @PathVariable String trackingId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token,
            @ModelAttribute("objectionForm") Objection form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        return act(
                trackingId,
                token,
                errors,
                model,
                response,
                "disanggah",
                () -> complaints.object(trackingId, token, form));
    }

    /** Forgets the reporter's link in this browser, for shared computers. */
    @PostMapping("/laporan/{trackingId}/keluar")
    String leave(@PathVariable String trackingId, HttpServletRequest request, HttpServletResponse response) {
        ReporterCookie.revoke(trackingId, request, response);
        return "redirect:/laporan/{trackingId}?info=keluar";
    }

    /** A photo or document of the report, for whoever may see the report. */
    @GetMapping("/laporan/{trackingId}/lampiran/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            @PathVariable String trackingId,
            @PathVariable long attachmentId,
            @CookieValue(name = ReporterCookie.NAME, required = false) String token) {
        var file = complaints.attachment(trackingId, token, attachmentId);
        return FileResponses.of(file.fileName(), file.contentType(), file.content());
    }

    /**
     * Runs a reporter's action and goes back to the report, saying it is done. A mistake in the form shows the report
     * again with the mistake next to its field (400), as the API names it; an action that the report's status no
     * longer allows (a page left open), or that came at the same moment as another one on the report, shows the
     * report as it is now, saying the action is no longer possible (409).
     */
    private String act(
            String trackingId,
            String token,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            String notice,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                return "redirect:/laporan/{trackingId}?info=" + notice;
            } catch (ConstraintViolationException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (ComplaintStateException | ConcurrencyFailureException noLongerPossible) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("actionRejected", true);
                return pageAfterAction(trackingId, token, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return pageAfterAction(trackingId, token, model);
    }

    /** The view the token opens; nothing for a report that is not public (or not there) without its reporter. */
    private ComplaintView viewOrNothing(String trackingId, String token) {
        try {
            return complaints.view(trackingId, token);
        } catch (ComplaintNotFoundException notPublic) {
            return null;
        }
    }

    /**
     * The answer to a token that opens nothing, or to no token for a report that is not public: the public view, or
     * 404 with the same page for a confidential report and for none at all, saying whether the link is wrong or has
     * expired, with the form for a new link.
     */
    private String refused(
            String trackingId,
            String token,
            ComplaintView view,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var expired = token != null && access.expired(trackingId, token);
        if (token != null) {
            TokenAttempts.markRejected(request);
            // a cookie that opens nothing would only count as a wrong token again at every page
            ReporterCookie.revoke(trackingId, request, response);
            model.addAttribute("linkProblem", expired ? "expired" : "invalid");
        }
        model.addAttribute("accessLinkForm", AccessLinkForm.forReport(trackingId));
        model.addAttribute("linkValidDays", accessSettings.emailLinkValidityDays());
        if (view == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", expired ? "problem.link-expired" : "problem.report-not-found");
            model.addAttribute("status", HttpStatus.NOT_FOUND.value());
            return "portal/problem";
        }
        return page(view, model);
    }

    private String pageAfterAction(String trackingId, String token, Model model) {
        model.addAttribute("pagePath", "/laporan/" + trackingId);
        return page(complaints.view(trackingId, token), model);
    }

    private String page(ComplaintView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("reporterView", view instanceof ReporterComplaintView);
        // A report by SMS has neither category nor region until the verifier sets them.
        model.addAttribute(
                "zone",
                reference.timeZone(view.region() == null ? null : view.region().code()));
        model.addAttribute(
                "category",
                view.category() == null
                        ? null
                        : reference.categoryName(view.category().code()));
        if (view instanceof ReporterComplaintView reporterView) {
            model.addAttribute("question", openQuestion(reporterView));
            model.addAttribute("open", !reporterView.status().isClosed());
            model.addAttribute("canAccept", reporterView.status() == ComplaintStatus.FOLLOWED_UP);
            addEmptyForm(model, "messageForm", new ReporterMessage(null));
            addEmptyForm(model, "acceptanceForm", new Acceptance(null, null));
            addEmptyForm(model, "objectionForm", new Objection(null));
        }
        return "portal/report";
    }

    private static void addEmptyForm(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** The question the reporter is asked to answer now: the verifier's or an agency's, or null. */
    private static String openQuestion(ReporterComplaintView view) {
        var asked = view.status() == ComplaintStatus.DEFERRED
                || view.agencies().stream()
                        .anyMatch(agency -> agency.status() == AssignmentStatus.AWAITING_INFORMATION);
        if (!asked || view.status().isClosed()) {
            return null;
        }
        return view.timeline().stream()
                .filter(entry -> QUESTIONS.contains(entry.type()))
                .reduce((first, second) -> second)
                .map(TimelineEntryView::text)
                .orElse("");
    }
}
