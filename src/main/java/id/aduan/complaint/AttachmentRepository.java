package id.aduan.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** The report's files without their content. */
    @Query("select new id.aduan.complaint.AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes)"
            + " from Attachment a where a.complaintId = :complaintId order by a.id")
    List<AttachmentView> findViewsByComplaintId(Long complaintId);

    Optional<Attachment> findByIdAndComplaintId(Long id, Long complaintId);
}
