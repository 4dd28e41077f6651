package id.aduan.notification;

/** Who an e-mail is for: the reporter, in their language, or staff, in Indonesian and without the reporter. */
public enum Audience {
    REPORTER,
    STAFF
}
