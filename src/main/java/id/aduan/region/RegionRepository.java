package id.aduan.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {

    /** JPQL: Hibernate keeps its translation, where it translates a derived query again on every call. */
    @Query("select x from Region x order by x.code")
    List<Region> findAllByOrderByCode();
}
