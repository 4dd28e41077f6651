package id.aduan.integration;

/**
 * The secrets of a partner, shown once: when it is added, or when its key is rotated (then without the webhook
 * secret, which stays).
 *
 * @param apiKey the key it sends as {@code Authorization: Bearer <key>}, and as {@code api_key} to Open311
 * @param webhookSecret the Standard Webhooks secret ({@code whsec_…}) that signs the webhooks to it
 */
public record IssuedCredentials(IntegrationView integration, String apiKey, String webhookSecret) {}
