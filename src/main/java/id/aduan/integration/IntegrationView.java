package id.aduan.integration;

import java.time.Instant;
import java.util.List;

/** A partner system as administrators see it: never its keys or webhook secret, only the keys' first characters. */
public record IntegrationView(
        long id,
        String name,
        IntegrationKind kind,
        String regionCode,
        String agencyCode,
        String contact,
        IntegrationStatus status,
        String callbackUrl,
        boolean callbackActive,
        Instant callbackDisabledAt,
        String callbackDisabledReason,
        int reportsPerHour,
        int requestsPerMinute,
        Instant createdAt,
        List<KeyView> keys,
        InstallationConnection.View installation) {

    /** One API key: its first characters, and until when it works. */
    public record KeyView(
            long id, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean valid) {}
}
