package id.aduan.portal.web;

import id.aduan.complaint.ComplaintLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request for a new private link: the tracking ID, as typed from a receipt (spaces and lower case are fine), and
 * the e-mail address the reporter gave with the report.
 */
record AccessLinkForm(
        @NotBlank @Size(max = TRACKING_ID_TYPED_MAX) String trackingId,

        @NotBlank @Email @Size(max = ComplaintLimits.EMAIL_MAX)
        String email) {

    static final int TRACKING_ID_TYPED_MAX = 40;

    private static final Pattern TRACKING_ID = Pattern.compile(ComplaintLimits.TRACKING_ID_PATTERN);

    static final AccessLinkForm EMPTY = new AccessLinkForm(null, null);

    /** The form on a report's page, which knows the report. */
    static AccessLinkForm forReport(String trackingId) {
        return new AccessLinkForm(trackingId, null);
    }

    /** A tracking ID as typed, written as Aduan writes them, such as {@code ADU-7K3M-9QXH}. */
    static String normalized(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    static boolean isTrackingId(String trackingId) {
        return TRACKING_ID.matcher(trackingId).matches();
    }
}
