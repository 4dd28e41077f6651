package id.aduan.installation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstallationForwardRepository extends JpaRepository<InstallationForward, Long> {

    Optional<InstallationForward> findByIntegrationIdAndReference(long integrationId, String reference);

    List<InstallationForward> findByComplaintIdOrderById(long complaintId);
}
