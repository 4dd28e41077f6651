package id.aduan.complaint;

/**
 * What lets someone act as a report's reporter: the reporter's access token, the key of the partner system that
 * filed the report for them, or the phone number the reporter gave or filed from by SMS ({@link ComplaintService}
 * checks each against the report).
 */
public sealed interface ReporterCredential {

    static ReporterCredential accessToken(String token) {
        return new Token(token);
    }

    /** The partner system with this id, already authenticated by its key: it acts for the reports it filed. */
    static ReporterCredential integration(long integrationId) {
        return new FilingIntegration(integrationId);
    }

    /**
     * The phone an SMS came from, as the SMS gateway vouched for it: it acts for the reports filed from it or that gave
     * it as the reporter's number.
     */
    static ReporterCredential phone(String number) {
        return new Phone(number);
    }

    record Token(String token) implements ReporterCredential {}

    record FilingIntegration(long integrationId) implements ReporterCredential {}

    record Phone(String number) implements ReporterCredential {

        @Override
        public String toString() {
            return "Phone[" + PhoneNumbers.mask(number) + "]";
        }
    }
}
