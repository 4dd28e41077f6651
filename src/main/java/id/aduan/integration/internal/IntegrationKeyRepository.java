package id.aduan.integration.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationKeyRepository extends JpaRepository<IntegrationKey, Long> {

    Optional<IntegrationKey> findByKeyHash(String keyHash);

    List<IntegrationKey> findByIntegrationIdOrderById(Long integrationId);

    Optional<IntegrationKey> findByIdAndIntegrationId(Long id, Long integrationId);
}
