package id.aduan.portal.web;

import id.aduan.complaint.AccessLinkRequests;
import id.aduan.system.FormText;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finds a report by its tracking ID, as typed from a receipt: spaces and lower case are fine. A reporter whose
 * private link expired or got lost asks here for a new one by e-mail; the answer is the same for every address.
 */
@Controller
class TrackController {

    static final String LINK_REQUESTED = "tautan";

    private final AccessLinkRequests accessLinks;

    TrackController(AccessLinkRequests accessLinks) {
        this.accessLinks = accessLinks;
    }

    @InitBinder("accessLinkForm")
    void emptyFieldsAreMissing(WebDataBinder binder) {
        FormText.register(binder);
    }

    @GetMapping("/lacak")
    String track(
            @RequestParam(name = "nomor", required = false) String number,
            @RequestParam(name = "info", required = false) String notice,
            Model model) {
        model.addAttribute("linkRequested", LINK_REQUESTED.equals(notice));
        model.addAttribute("accessLinkForm", AccessLinkForm.EMPTY);
        if (number == null) {
            return "portal/track";
        }
        var trackingId = AccessLinkForm.normalized(number);
        if (!AccessLinkForm.isTrackingId(trackingId)) {
            model.addAttribute("number", number);
            model.addAttribute("invalid", true);
            return "portal/track";
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/laporan/{trackingId}")
                        .buildAndExpand(trackingId)
                        .toUriString();
    }

    /** A new private link goes to the address if it is the one the report's reporter gave; nothing says whether. */
    @PostMapping("/lacak")
    String requestAccessLink(@Valid @ModelAttribute("accessLinkForm") AccessLinkForm form, BindingResult errors) {
        var trackingId = form.trackingId() == null ? null : AccessLinkForm.normalized(form.trackingId());
        if (trackingId != null && !errors.hasFieldErrors("trackingId") && !AccessLinkForm.isTrackingId(trackingId)) {
            errors.rejectValue("trackingId", "track.invalid");
        }
        if (errors.hasErrors()) {
            return "portal/track";
        }
        accessLinks.request(trackingId, form.email());
        return "redirect:/lacak?info=" + LINK_REQUESTED;
    }
}
