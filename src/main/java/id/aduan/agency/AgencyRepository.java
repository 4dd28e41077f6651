package id.aduan.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, String> {

    List<Agency> findAllByOrderByCode();

    List<Agency> findByRegionCode(String regionCode);
}
