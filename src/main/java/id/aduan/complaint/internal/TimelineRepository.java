package id.aduan.complaint.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: it can add and read entries, and offers no way to change or delete them. */
public interface TimelineRepository extends Repository<TimelineEntry, Long> {

    TimelineEntry save(TimelineEntry entry);

    List<TimelineEntry> findByComplaintIdOrderById(Long complaintId);
}
