package id.aduan.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A report as JSON, the same for Aduan's API and the partner API: read into a {@link NewComplaint} without the white
 * space around texts, which holds the rules.
 */
public record ReportRequest(
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

    /** The report through one of Aduan's own doors. */
    public NewComplaint toNewComplaint(Channel channel) {
        return toNewComplaint(channel, null);
    }

    /** The report as a partner system files it ({@link Channel#INTEGRATION}). */
    public NewComplaint toNewComplaint(FiledByIntegration integration) {
        return toNewComplaint(Channel.INTEGRATION, integration);
    }

    private NewComplaint toNewComplaint(Channel channel, FiledByIntegration integration) {
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
                channel,
                integration);
    }

    /** A text without the white space around it; an empty one as none. */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public record LocationRequest(String address, BigDecimal latitude, BigDecimal longitude) {

        Location toLocation() {
            return new Location(strip(address), latitude, longitude);
        }
    }

    /**
     * @param smsUpdates true to be told by SMS at {@code phone} instead of by e-mail; absent is false
     */
    public record ReporterRequest(
            String name,
            String email,
            String phone,

            @Schema(
                    description = "Tell the reporter by SMS at their phone instead of by e-mail (kabari saya"
                            + " lewat SMS); needs phone. Default false: e-mail when they gave an address.")
            Boolean smsUpdates) {

        Reporter toReporter() {
            return new Reporter(strip(name), strip(email), strip(phone), Boolean.TRUE.equals(smsUpdates));
        }
    }
}
