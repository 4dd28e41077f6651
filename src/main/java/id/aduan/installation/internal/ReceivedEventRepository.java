package id.aduan.installation.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReceivedEventRepository extends JpaRepository<ReceivedEvent, ReceivedEvent.Key> {

    /** Forgets the webhooks received before a time; returns how many. */
    @Modifying
    @Query("delete from ReceivedEvent e where e.receivedAt < :before")
    int deleteReceivedBefore(Instant before);
}
