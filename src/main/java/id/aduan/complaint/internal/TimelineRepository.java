package id.aduan.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: it can add and read entries, and offers no way to change or delete them. */
public interface TimelineRepository extends Repository<TimelineEntry, Long> {

    TimelineEntry save(TimelineEntry entry);

    /** JPQL: Hibernate keeps its translation, where it translates a derived query again on every call. */
    @Query("select e from TimelineEntry e where e.complaintId = :complaintId order by e.id")
    List<TimelineEntry> findByComplaintIdOrderById(@Param("complaintId") Long complaintId);
}
