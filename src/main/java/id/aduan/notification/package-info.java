/**
 * E-mail to reporters and staff, and SMS to reporters who gave only a phone: what is sent at which step ({@link
 * id.aduan.notification.NotificationKind}), to whom and on which channel, Thymeleaf templates an operator can edit, and
 * an outbox that sends each once through its transport (SMTP, or Kannel's sendsms), from a job of {@code
 * NotificationDeliveryProcess} with retries, without ever delaying the report's own process; and the SMS gateway's
 * delivery reports and the numbers that asked for no SMS.
 */
package id.aduan.notification;
