package id.aduan.complaint.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** The report's files without their content, in the order they were sent. */
    @Query("select new id.aduan.complaint.internal.StoredAttachment(a.id, a.fileName, a.contentType, a.sizeBytes)"
            + " from Attachment a where a.complaintId = :complaintId order by a.id")
    List<StoredAttachment> findStoredByComplaintId(Long complaintId);

    @Query("select a.id from Attachment a where a.complaintId = :complaintId order by a.id")
    List<Long> findIdsByComplaintId(Long complaintId);

    Optional<Attachment> findByIdAndComplaintId(Long id, Long complaintId);

    /** The report's files with their content, in the order they were sent. */
    List<Attachment> findByComplaintIdOrderById(Long complaintId);
}
