package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The reporter accepts the follow-up, with a rating from 1 to 5 and perhaps a comment. */
public record Acceptance(
        @NotNull @Min(ComplaintLimits.RATING_MIN) @Max(ComplaintLimits.RATING_MAX)
        Integer rating,

        @PlainText @Size(max = ComplaintLimits.COMMENT_MAX) String comment) {}
