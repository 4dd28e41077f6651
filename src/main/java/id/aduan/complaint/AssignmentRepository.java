package id.aduan.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByComplaintIdOrderById(Long complaintId);

    List<Assignment> findByComplaintIdInOrderById(Collection<Long> complaintIds);

    Optional<Assignment> findFirstByComplaintIdAndAgencyCodeAndStatusNotOrderByIdDesc(
            Long complaintId, String agencyCode, AssignmentStatus status);

    default Optional<Assignment> findActive(Long complaintId, String agencyCode) {
        return findFirstByComplaintIdAndAgencyCodeAndStatusNotOrderByIdDesc(
                complaintId, agencyCode, AssignmentStatus.RETURNED);
    }
}
