package id.aduan.integration.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InstallationAgencyRepository extends JpaRepository<InstallationAgency, String> {

    @Query("select a from InstallationAgency a where a.integrationId = :integrationId order by a.agencyCode")
    List<InstallationAgency> findServedBy(long integrationId);

    @Query(
            "select a from InstallationAgency a where a.agencyCode in :agencyCodes and a.integrationId <> :integrationId")
    List<InstallationAgency> findServedByOthers(Collection<String> agencyCodes, long integrationId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from InstallationAgency a where a.integrationId = :integrationId")
    void deleteServedBy(long integrationId);
}
