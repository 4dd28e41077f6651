package id.aduan.complaint;

/**
 * How to reach a reporter: only for e-mails to the reporter themselves, never for anything staff see.
 *
 * @param email the reporter's address, or null when they gave none
 * @param phone the reporter's number in E.164, or null when they gave none (or none that is a phone number)
 * @param smsUpdates whether the reporter chose to be told by SMS at that number rather than by e-mail
 */
public record ReporterContact(String name, String email, String phone, boolean smsUpdates, Language language) {

    @Override
    public String toString() {
        return "ReporterContact[language=" + language + "]";
    }
}
