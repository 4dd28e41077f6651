package id.aduan.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    List<AccessToken> findByComplaintId(Long complaintId);
}
