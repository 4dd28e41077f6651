package id.aduan.integration.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerUpdateRepository extends JpaRepository<PartnerUpdate, Long> {

    Optional<PartnerUpdate> findByIntegrationIdAndClientUpdateId(Long integrationId, String clientUpdateId);
}
