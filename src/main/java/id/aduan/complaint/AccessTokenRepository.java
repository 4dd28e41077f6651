package id.aduan.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    List<AccessToken> findByComplaintId(Long complaintId);
}
