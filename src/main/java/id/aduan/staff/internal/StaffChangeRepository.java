package id.aduan.staff.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffChangeRepository extends JpaRepository<StaffChange, Long> {

    /** The latest changes to a government's staff first. */
    @Query("select x from StaffChange x where x.governmentCode = ?1 order by x.occurredAt desc, x.id desc")
    List<StaffChange> latest(String governmentCode, Pageable page);
}
