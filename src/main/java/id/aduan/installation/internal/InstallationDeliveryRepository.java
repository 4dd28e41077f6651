package id.aduan.installation.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InstallationDeliveryRepository extends JpaRepository<InstallationDelivery, Long> {

    Optional<InstallationDelivery> findByProcessInstanceId(String processInstanceId);

    List<InstallationDelivery> findByForwardIdOrderById(long forwardId);

    /**
     * The forwarded report's undelivered calls up to this one that the other installation has not refused for good,
     * oldest first, locked until the transaction ends.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select d from InstallationDelivery d
             where d.forwardId = :forwardId and d.id <= :id and d.deliveredAt is null and d.refusedAt is null
             order by d.id""")
    List<InstallationDelivery> lockUndelivered(@Param("forwardId") long forwardId, @Param("id") long id);
}
