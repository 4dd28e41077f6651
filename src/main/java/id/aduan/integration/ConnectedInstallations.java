package id.aduan.integration;

import id.aduan.integration.internal.InstallationAgency;
import id.aduan.integration.internal.InstallationAgencyRepository;
import id.aduan.integration.internal.IntegrationRepository;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other Aduan installations this one is connected to (docs/statistics.md, Connected installations): the
 * integrations of kind {@link IntegrationKind#ADUAN_INSTALLATION} that have the other installation's address, with the
 * agencies each serves. Two queries whatever the number of installations, for the pages that list them.
 */
@Service
@Transactional(readOnly = true)
public class ConnectedInstallations {

    private final IntegrationRepository integrations;
    private final InstallationAgencyRepository servedAgencies;

    ConnectedInstallations(IntegrationRepository integrations, InstallationAgencyRepository servedAgencies) {
        this.integrations = integrations;
        this.servedAgencies = servedAgencies;
    }

    /** Every connected installation, active or suspended, in the order of their names. */
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
}
