package id.aduan.complaint;

/**
 * What lets someone act as a report's reporter: the reporter's access token, or the key of the partner system that
 * filed the report for them ({@link ComplaintService} checks either against the report).
 */
public sealed interface ReporterCredential {

    static ReporterCredential accessToken(String token) {
        return new Token(token);
    }

    /** The partner system with this id, already authenticated by its key: it acts for the reports it filed. */
    static ReporterCredential integration(long integrationId) {
        return new FilingIntegration(integrationId);
    }

    record Token(String token) implements ReporterCredential {}

    record FilingIntegration(long integrationId) implements ReporterCredential {}
}
