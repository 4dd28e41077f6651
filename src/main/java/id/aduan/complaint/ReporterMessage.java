package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a reporter writes to the staff: an answer to their question, or any message while the report is open. */
public record ReporterMessage(
        @NotBlank @PlainText @Size(max = ComplaintLimits.MESSAGE_MAX)
        String message) {}
