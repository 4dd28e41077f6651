package id.aduan.complaint.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitDispatchRepository extends JpaRepository<UnitDispatch, Long> {

    @Query("select d from UnitDispatch d where d.assignmentId = :assignmentId order by d.id")
    List<UnitDispatch> findByAssignmentIdOrderById(@Param("assignmentId") Long assignmentId);

    @Query("""
            select d from UnitDispatch d
             where d.assignmentId = :assignmentId and d.activityInstanceId in :activityInstanceIds""")
    List<UnitDispatch> findBound(
            @Param("assignmentId") Long assignmentId,
            @Param("activityInstanceIds") Collection<String> activityInstanceIds);
}
