package id.aduan.integration.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnerEventRepository extends JpaRepository<PartnerEvent, Long> {

    Optional<PartnerEvent> findByProcessInstanceId(String processInstanceId);

    /** A page of the partner's change feed. */
    List<PartnerEvent> findByIntegrationIdAndPositionGreaterThanOrderByPosition(
            long integrationId, long after, Limit limit);

    /**
     * The report's events up to this one that its partner has not received, in order, locked: a second delivery job
     * of the same report waits, then finds them delivered.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select e from PartnerEvent e
             where e.integrationId = :integrationId and e.complaintId = :complaintId and e.position <= :position
               and e.deliveredAt is null
             order by e.position""")
    List<PartnerEvent> lockUndelivered(
            @Param("integrationId") long integrationId,
            @Param("complaintId") long complaintId,
            @Param("position") long position);

    /**
     * Takes the partner's next position. The counter's row stays locked until the transaction ends, so positions
     * commit in the order they were taken and the feed never skips an event that commits later with a smaller one.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update partner_event_counter set last_position = last_position + 1 where integration_id = :id",
            nativeQuery = true)
    int takePosition(@Param("id") long integrationId);

    @Query(value = "select last_position from partner_event_counter where integration_id = :id", nativeQuery = true)
    long lastPosition(@Param("id") long integrationId);

    @Modifying
    @Query(
            value = "insert into partner_event_counter (integration_id, last_position) values (:id, 0)",
            nativeQuery = true)
    void startCounting(@Param("id") long integrationId);
}
