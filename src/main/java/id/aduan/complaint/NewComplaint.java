package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report as filed through any door (the API, the pages, and later partner systems, Open311 or SMS), with the
 * rules every door applies: {@link ComplaintService#submit(NewComplaint)} checks them for every caller, then the
 * codes and the reporter. A door only reads its own format into this record, without the white space around texts,
 * and says which door it is ({@code channel}); a partner system also says who it is ({@code integration}).
 */
public record NewComplaint(
        @NotNull ReportType type,

        @NotBlank @PlainText @Size(min = ComplaintLimits.TITLE_MIN, max = ComplaintLimits.TITLE_MAX)
        String title,

        @NotBlank @PlainText @Size(min = ComplaintLimits.DESCRIPTION_MIN, max = ComplaintLimits.DESCRIPTION_MAX)
        String description,

        @NotBlank @Size(max = ComplaintLimits.CODE_MAX) String categoryCode,

        @NotBlank @Size(max = ComplaintLimits.REGION_CODE_MAX)
        String regionCode,

        @Size(max = ComplaintLimits.CODE_MAX) String agencyCode,
        @Valid Location location,
        @Valid Reporter reporter,
        boolean anonymous,
        boolean confidential,
        @NotNull Language language,
        @NotNull Channel channel,
        @Valid FiledByIntegration integration) {

    /** Whether the door and the partner agree: a partner's report names the partner, no other report does. */
    @AssertTrue(message = "is required for a partner's report, and only for one")
    boolean isIntegration() {
        return (channel == Channel.INTEGRATION) == (integration != null);
    }
}
