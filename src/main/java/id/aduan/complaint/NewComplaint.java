package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report as filed through any door (the API, the pages, partner systems, Open311 or SMS), with the rules every door
 * applies: {@link ComplaintService#submit(NewComplaint)} checks them for every caller, then the codes. A door only
 * reads its own format into this record, without the white space around texts, and says which door it is
 * ({@code channel}); a partner system also says who it is ({@code integration}).
 *
 * <p>A report by SMS is a text from a phone: it comes without title, category or region, which the verifier sets,
 * and its reporter is the number it came from, which is required. Every other report names its title, category and
 * region, and its reporter's name and e-mail address or phone number unless it is anonymous.
 */
@ReachableReporter
public record NewComplaint(
        @NotNull ReportType type,

        @PlainText @Size(min = ComplaintLimits.TITLE_MIN, max = ComplaintLimits.TITLE_MAX)
        String title,

        @NotBlank @PlainText @Size(min = ComplaintLimits.DESCRIPTION_MIN, max = ComplaintLimits.DESCRIPTION_MAX)
        String description,

        @Size(max = ComplaintLimits.CODE_MAX) String categoryCode,
        @Size(max = ComplaintLimits.REGION_CODE_MAX) String regionCode,
        @Size(max = ComplaintLimits.CODE_MAX) String agencyCode,
        @Valid Location location,
        @Valid Reporter reporter,
        boolean anonymous,
        boolean confidential,
        @NotNull Language language,
        @NotNull Channel channel,
        @Valid FiledByIntegration integration) {

    /**
     * The report as another Aduan installation forwards it: to the agency it routed the report to there, which this
     * report requests here, straight to that agency when {@code skipsVerification}. Without that agency, the report
     * is verified here like any other, for the agency in the report if any. It keeps no reporter: the installation
     * that forwarded it reaches them, and their personal data stays there.
     */
    public NewComplaint forwardedTo(String routedAgencyCode, boolean skipsVerification) {
        if (integration == null) {
            throw new IllegalStateException("Only a partner's report is forwarded by another installation");
        }
        return new NewComplaint(
                type,
                title,
                description,
                categoryCode,
                regionCode,
                routedAgencyCode == null ? agencyCode : routedAgencyCode,
                location,
                null,
                anonymous,
                confidential,
                language,
                channel,
                new FiledByIntegration(
                        integration.integrationId(),
                        integration.integrationName(),
                        integration.externalReference(),
                        integration.idempotencyKey(),
                        true,
                        skipsVerification && routedAgencyCode != null));
    }

    /** Whether the door and the partner agree: a partner's report names the partner, no other report does. */
    @AssertTrue(message = "is required for a partner's report, and only for one")
    boolean isIntegration() {
        return (channel == Channel.INTEGRATION) == (integration != null);
    }

    /** Checked as the field {@code title}: required but by SMS, where the report's first words stand for it. */
    @AssertTrue(message = "must not be blank")
    boolean isTitle() {
        return byTextMessage() || hasText(title);
    }

    /** Checked as the field {@code categoryCode}: required but by SMS, where the verifier sets it. */
    @AssertTrue(message = "must not be blank")
    boolean isCategoryCode() {
        return byTextMessage() || hasText(categoryCode);
    }

    /** Checked as the field {@code regionCode}: required but by SMS, where the verifier sets it. */
    @AssertTrue(message = "must not be blank")
    boolean isRegionCode() {
        return byTextMessage() || hasText(regionCode);
    }

    /**
     * The title the report is filed under: the reporter's, or for a report without one (by SMS) a provisional one of
     * its first words, so that pages, lists and e-mails always have a title until the verifier sets it.
     */
    public String filedTitle() {
        return hasText(title) ? title : ProvisionalTitles.of(type, description);
    }

    /** The reporter as Aduan keeps them: the number of an SMS report in E.164, as it is compared. */
    public Reporter filedReporter() {
        if (!byTextMessage() || reporter == null) {
            return reporter;
        }
        return new Reporter(
                reporter.name(),
                reporter.email(),
                PhoneNumbers.e164(reporter.phone()).orElse(reporter.phone()),
                reporter.smsUpdates());
    }

    /** Whether another Aduan installation forwarded it: its reporter is reached there. */
    boolean forwarded() {
        return integration != null && integration.forwarded();
    }

    boolean byTextMessage() {
        return channel == Channel.SMS;
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
