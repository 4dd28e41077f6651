package id.aduan.portal.web;

import id.aduan.complaint.ComplaintLimits;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Finds a report by its tracking ID, as typed from a receipt: spaces and lower case are fine. */
@Controller
class TrackController {

    private static final Pattern TRACKING_ID = Pattern.compile(ComplaintLimits.TRACKING_ID_PATTERN);

    @GetMapping("/lacak")
    String track(@RequestParam(name = "nomor", required = false) String number, Model model) {
        if (number == null) {
            return "portal/track";
        }
        var trackingId = number.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        if (!TRACKING_ID.matcher(trackingId).matches()) {
            model.addAttribute("number", number);
            model.addAttribute("invalid", true);
            return "portal/track";
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/laporan/{trackingId}")
                        .buildAndExpand(trackingId)
                        .toUriString();
    }
}
