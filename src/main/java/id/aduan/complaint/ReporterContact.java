package id.aduan.complaint;

/**
 * How to reach a reporter: only for e-mails to the reporter themselves, never for anything staff see.
 *
 * @param email the reporter's address, or null when they gave none
 */
public record ReporterContact(String name, String email, Language language) {}
