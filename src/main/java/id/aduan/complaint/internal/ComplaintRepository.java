package id.aduan.complaint.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    // JPQL rather than derived queries where each report's steps run them: Hibernate keeps the translation of a JPQL
    // string, and translates a derived (criteria) query again on every call.
    @Query("select c from Complaint c where c.trackingId = :trackingId")
    Optional<Complaint> findByTrackingId(@Param("trackingId") String trackingId);

    /** The report, locked for writing until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Complaint> findAndLockByTrackingId(String trackingId);

    @Query("select count(c) > 0 from Complaint c where c.trackingId = :trackingId")
    boolean existsByTrackingId(@Param("trackingId") String trackingId);

    Optional<Complaint> findByIntegrationIdAndExternalReference(Long integrationId, String externalReference);

    Optional<Complaint> findByIntegrationIdAndIdempotencyKey(Long integrationId, String idempotencyKey);

    /** How many reports came in through each channel: pairs of the channel and the count. */
    @Query("select c.channel, count(c) from Complaint c group by c.channel")
    List<Object[]> countByChannel();
}
