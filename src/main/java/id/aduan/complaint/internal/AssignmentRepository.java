package id.aduan.complaint.internal;

import id.aduan.complaint.AssignmentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The queries each report's steps run are JPQL rather than derived ones: Hibernate keeps the translation of a JPQL
 * string, and translates a derived (criteria) query again on every call.
 */
public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("select a from Assignment a where a.complaintId = :complaintId order by a.id")
    List<Assignment> findByComplaintIdOrderById(@Param("complaintId") Long complaintId);

    List<Assignment> findByComplaintIdInOrderById(Collection<Long> complaintIds);

    Optional<Assignment> findFirstByComplaintIdAndAgencyCodeAndStatusNotOrderByIdDesc(
            Long complaintId, String agencyCode, AssignmentStatus status);

    /** The assignments of an instance of AgencyFollowUpProcess without the status, newest first. */
    @Query("""
            select a from Assignment a
             where a.complaintId = :complaintId and a.followUpInstanceId = :followUpInstanceId and a.status <> :status
             order by a.id desc""")
    List<Assignment> findByComplaintIdAndFollowUpInstanceIdAndStatusNotOrderByIdDesc(
            @Param("complaintId") Long complaintId,
            @Param("followUpInstanceId") String followUpInstanceId,
            @Param("status") AssignmentStatus status,
            Limit limit);

    /** The overdue rule: assignments past their follow-up deadline on reports that are still open. */
    String OVERDUE = """
            from Assignment a, Complaint c
             where c.id = a.complaintId and a.overdueSince is not null and a.status <> 'RETURNED'
               and c.status not in ('COMPLETED', 'ARCHIVED')
            """;

    /**
     * Where a page of overdue assignments continues: after the time and id it ended with. The first condition alone
     * bounds the index scan; the second sorts out the assignments that became overdue at the same instant.
     */
    String AFTER = " and a.overdueSince >= :time and (a.overdueSince > :time or a.id > :id)"
            + " order by a.overdueSince, a.id";

    /** A page of the overdue assignments with their reports, oldest first: pairs of the assignment and the report. */
    @Query("select a, c " + OVERDUE + AFTER)
    List<Object[]> findOverdueAfter(Instant time, long id, Limit limit);

    /** A page of the agencies' overdue assignments with their reports, oldest first. */
    @Query("select a, c " + OVERDUE + " and a.agencyCode in :agencyCodes" + AFTER)
    List<Object[]> findOverdueAfter(Collection<String> agencyCodes, Instant time, long id, Limit limit);

    default Optional<Assignment> findActiveInFollowUp(Long complaintId, String followUpInstanceId) {
        return findByComplaintIdAndFollowUpInstanceIdAndStatusNotOrderByIdDesc(
                        complaintId, followUpInstanceId, AssignmentStatus.RETURNED, Limit.of(1))
                .stream()
                .findFirst();
    }

    @Query("select count(a) " + OVERDUE)
    long countOverdue();

    /** Assignments on reports that are still open whose agency has yet to follow up, paused ones included. */
    @Query("""
            select count(a) from Assignment a, Complaint c
             where c.id = a.complaintId and a.status in ('AWAITING_FOLLOW_UP', 'AWAITING_INFORMATION')
               and c.status not in ('COMPLETED', 'ARCHIVED')""")
    long countOpen();

    default Optional<Assignment> findActive(Long complaintId, String agencyCode) {
        return findFirstByComplaintIdAndAgencyCodeAndStatusNotOrderByIdDesc(
                complaintId, agencyCode, AssignmentStatus.RETURNED);
    }
}
