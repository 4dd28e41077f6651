/**
 * What partner systems hear about the reports they filed: an event per change their reporter reads, signed webhooks
 * (Standard Webhooks) delivered at least once and in order per report by {@code WebhookDeliveryProcess}, and the
 * change feed for partners that cannot receive calls.
 */
package id.aduan.integration.webhook;
