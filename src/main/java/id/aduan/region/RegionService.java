package id.aduan.region;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Region> list() {
        return regions.findAllByOrderByCode();
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }
}
