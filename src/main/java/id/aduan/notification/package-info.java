/**
 * E-mail to reporters and staff: what is sent at which step ({@link id.aduan.notification.NotificationKind}),
 * Thymeleaf templates an operator can edit, and an outbox that sends every e-mail once, from a job of
 * {@code NotificationDeliveryProcess} with retries, without ever delaying the report's own process.
 */
package id.aduan.notification;
