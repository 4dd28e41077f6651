package id.aduan.complaint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingId(String trackingId);

    boolean existsByTrackingId(String trackingId);
}
