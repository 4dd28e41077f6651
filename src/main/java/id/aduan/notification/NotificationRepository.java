package id.aduan.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByBatchIdOrderById(String batchId);

    List<Notification> findByComplaintIdOrderById(Long complaintId);

    long countByStatusIn(Collection<NotificationStatus> statuses);

    /** Claims an e-mail for sending: only one job wins, also when two nodes race or a claim went stale. */
    @Modifying
    @Query("""
            update Notification n set n.status = 'SENDING', n.claimedAt = :now, n.attempts = n.attempts + 1,
                   n.version = n.version + 1
             where n.id = :id and (n.status = 'PENDING' or (n.status = 'SENDING' and n.claimedAt < :staleBefore))""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

    @Modifying
    @Query("""
            update Notification n set n.status = 'SENT', n.sentAt = :now, n.lastError = null, n.subject = :subject,
                   n.version = n.version + 1
             where n.id = :id""")
    int markSent(@Param("id") long id, @Param("now") Instant now, @Param("subject") String subject);

    @Modifying
    @Query("""
            update Notification n set n.status = :status, n.lastError = :error, n.version = n.version + 1
             where n.id = :id""")
    int markUnsent(@Param("id") long id, @Param("status") NotificationStatus status, @Param("error") String error);
}
