package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reporter objects to the follow-up, saying why: the report goes back to the agencies. */
public record Objection(
        @NotBlank @PlainText @Size(max = ComplaintLimits.MESSAGE_MAX)
        String reason) {}
