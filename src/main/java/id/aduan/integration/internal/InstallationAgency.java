package id.aduan.integration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency served by another Aduan installation: reports routed to it are forwarded there. */
@Entity
@Table(name = "installation_agency")
public class InstallationAgency {

    @Id
    private String agencyCode;

    private long integrationId;

    protected InstallationAgency() {}

    public InstallationAgency(String agencyCode, long integrationId) {
        this.agencyCode = agencyCode;
        this.integrationId = integrationId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public long getIntegrationId() {
        return integrationId;
    }
}
