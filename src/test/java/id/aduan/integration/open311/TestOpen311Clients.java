package id.aduan.integration.open311;

import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationStatus;
import id.aduan.integration.IssuedCredentials;
import java.util.UUID;

/** Open311 clients as partners of their own, with a key, for full-stack tests. */
final class TestOpen311Clients {

    private TestOpen311Clients() {}

    /** A new, active Open311 client that may file this many reports an hour. */
    static IssuedCredentials add(IntegrationService integrations, int reportsPerHour) {
        return integrations.create(new IntegrationDetails(
                "FixMyStreet Uji " + UUID.randomUUID(),
                IntegrationKind.OPEN311_CLIENT,
                null,
                null,
                "fms@example.org",
                IntegrationStatus.ACTIVE,
                null,
                reportsPerHour,
                600,
                null));
    }
}
