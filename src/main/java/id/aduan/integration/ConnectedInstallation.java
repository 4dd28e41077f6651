package id.aduan.integration;

import java.util.List;

/**
 * Another Aduan installation this one is connected to: an integration of kind {@link IntegrationKind#ADUAN_INSTALLATION}
 * with its address. Never the keys or secrets of the connection.
 *
 * @param integrationId the integration that holds the connection
 * @param url the other installation's address, such as {@code https://lapor.sumselprov.go.id}
 * @param status whether the connection is in use ({@link IntegrationStatus#ACTIVE}) or suspended
 * @param servedAgencies the agencies the other installation serves, in the order of their codes
 */
public record ConnectedInstallation(
        long integrationId, String name, String url, IntegrationStatus status, List<String> servedAgencies) {

    public boolean active() {
        return status == IntegrationStatus.ACTIVE;
    }
}
