package id.aduan.integration;

import id.aduan.integration.internal.InstallationAgency;
import id.aduan.integration.internal.InstallationAgencyRepository;
import id.aduan.integration.internal.Integration;
import id.aduan.integration.internal.IntegrationRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other Aduan installations this one is connected to: the integrations of kind
 * {@link IntegrationKind#ADUAN_INSTALLATION}. Forwarding asks which one serves an agency and what it issued this one
 * (its address, the API key to call it with, the secret its webhooks are signed with); the statistics list them with
 * the agencies each serves (docs/statistics.md, Connected installations).
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

    /**
     * Every connected installation that has the other installation's address, active or suspended, in the order of
     * their names, with the agencies each serves: two queries whatever the number of installations.
     */
    public List<ConnectedInstallation> list() {
        var served = servedAgencies.findAll().stream()
                .collect(Collectors.groupingBy(
                        InstallationAgency::getIntegrationId,
                        Collectors.mapping(InstallationAgency::getAgencyCode, Collectors.toList())));
        return integrations.findAllByOrderByName().stream()
                .filter(integration -> integration.getKind() == IntegrationKind.ADUAN_INSTALLATION
                        && integration.getRemoteUrl() != null)
                .map(integration -> new ConnectedInstallation(
                        integration.getId(),
                        integration.getName(),
                        integration.getRemoteUrl(),
                        integration.getStatus(),
                        served.getOrDefault(integration.getId(), List.of()).stream()
                                .sorted()
                                .toList()))
                .toList();
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
