package id.aduan.agency.web;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.deadline.OfficeTimeZone;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AgencyController {

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/agencies")
    List<AgencyResponse> list() {
        return agencies.list().stream().map(AgencyResponse::of).toList();
    }

    record AgencyResponse(
            String code,
            String name,
            AgencyLevel level,
            String parentCode,
            String regionCode,
            OfficeTimeZone timeZone) {

        static AgencyResponse of(Agency agency) {
            return new AgencyResponse(
                    agency.getCode(),
                    agency.getName(),
                    agency.getLevel(),
                    agency.getParentCode(),
                    agency.getRegionCode(),
                    agency.getTimeZone());
        }
    }
}
