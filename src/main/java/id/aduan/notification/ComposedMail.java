package id.aduan.notification;

/** An e-mail ready to send: its subject, its plain-text part and its HTML part. */
public record ComposedMail(String subject, String text, String html) {}
