package id.aduan.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** JPQL: Hibernate keeps its translation, where it translates a derived query again on every call. */
    @Query("select n from Notification n where n.batchId = :batchId order by n.id")
    List<Notification> findByBatchIdOrderById(@Param("batchId") String batchId);

    List<Notification> findByComplaintIdOrderById(Long complaintId);

    long countByStatusIn(Collection<NotificationStatus> statuses);

    /** Claims a notification for sending: only one job wins, also when two nodes race or a claim went stale. */
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

    /**
     * Records a delivery report on an SMS unless it already has a final one: reports arrive in any order, and a late
     * "accepted by the SMS centre" must not hide "delivered". Answers 0 when a final report came first.
     */
    @Modifying
    @Query("""
            update Notification n set n.deliveryReport = :report, n.deliveryReportedAt = :now, n.deliveryAnswer = :answer,
                   n.version = n.version + 1
             where n.id = :id and (n.deliveryReport is null or n.deliveryReport not in ('DELIVERED', 'FAILED', 'REJECTED'))""")
    int recordDeliveryReport(
            @Param("id") long id,
            @Param("report") DeliveryReport report,
            @Param("now") Instant now,
            @Param("answer") String answer);
}
