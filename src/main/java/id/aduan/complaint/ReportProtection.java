package id.aduan.complaint;

/**
 * The anonymous and confidential flags as the verifier sets them: {@code true} sets a flag, {@code null} keeps it.
 * Staff only ever set them: {@code false} on a flag the report has is refused, since only the reporter may make their
 * identity or their report public.
 */
public record ReportProtection(Boolean anonymous, Boolean confidential) {}
