package id.aduan.region.web;

import id.aduan.deadline.OfficeTimeZone;
import id.aduan.region.Region;
import id.aduan.region.RegionLevel;
import id.aduan.region.RegionService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/api/regions")
    List<RegionResponse> list() {
        return regions.list().stream().map(RegionResponse::of).toList();
    }

    record RegionResponse(String code, String name, RegionLevel level, String parentCode, OfficeTimeZone timeZone) {

        static RegionResponse of(Region region) {
            return new RegionResponse(
                    region.getCode(),
                    region.getName(),
                    region.getLevel(),
                    region.getParentCode(),
                    region.getTimeZone());
        }
    }
}
