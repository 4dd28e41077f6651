package id.aduan.integration;

import id.aduan.integration.internal.InstallationAgencyRepository;
import id.aduan.integration.internal.Integration;
import id.aduan.integration.internal.IntegrationRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other Aduan installations this one is connected to, as forwarding needs them: which one serves an agency, and
 * what it issued this one (its address, the API key to call it with, the secret its webhooks are signed with).
 */
@Service
@Transactional(readOnly = true)
public class RemoteInstallations {

    private final IntegrationRepository integrations;
    private final InstallationAgencyRepository servedAgencies;

    RemoteInstallations(IntegrationRepository integrations, InstallationAgencyRepository servedAgencies) {
        this.integrations = integrations;
        this.servedAgencies = servedAgencies;
    }

    /** The connected installation that serves the agency, if another one does. */
    public Optional<RemoteInstallation> servingAgency(String agencyCode) {
        return servedAgencies.findById(agencyCode).flatMap(served -> find(served.getIntegrationId()));
    }

    /** The integration as a connected installation, if it is one. */
    public Optional<RemoteInstallation> find(long integrationId) {
        return integrations
                .findById(integrationId)
                .filter(integration -> integration.getKind() == IntegrationKind.ADUAN_INSTALLATION)
                .map(RemoteInstallations::remote);
    }

    private static RemoteInstallation remote(Integration integration) {
        return new RemoteInstallation(
                integration.getId(),
                integration.getName(),
                integration.getStatus() == IntegrationStatus.ACTIVE,
                integration.getRemoteUrl(),
                integration.getRemoteApiKey(),
                integration.getRemoteWebhookSecret());
    }

    /**
     * A connected installation.
     *
     * @param active whether this installation works with it (a suspended one is neither called nor heard)
     * @param url its address, such as {@code https://lapor.sumselprov.go.id}
     * @param apiKey the key it issued this one, sent as {@code Authorization: Bearer}; null until an administrator saved it
     * @param webhookSecret the secret its webhooks to this one are signed with; null until saved
     */
    public record RemoteInstallation(
            long integrationId, String name, boolean active, String url, String apiKey, String webhookSecret) {

        @Override
        public String toString() {
            return "RemoteInstallation[" + integrationId + ", " + name + ", " + url + "]";
        }
    }
}
