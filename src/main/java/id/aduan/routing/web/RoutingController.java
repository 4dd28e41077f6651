package id.aduan.routing.web;

import id.aduan.agency.AgencyService;
import id.aduan.routing.RoutingBasis;
import id.aduan.routing.RoutingService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For staff: where the routing rules send a report of a category in a region. */
@RestController
@Validated
class RoutingController {

    private final RoutingService routing;
    private final AgencyService agencies;

    RoutingController(RoutingService routing, AgencyService agencies) {
        this.routing = routing;
        this.agencies = agencies;
    }

    @GetMapping("/api/routing")
    RoutingResponse preview(
            @RequestParam @NotBlank @Size(max = 40) String categoryCode,
            @RequestParam @NotBlank @Size(max = 13) String regionCode,
            @RequestParam(required = false) @Size(max = 40) String agencyCode) {
        var routed = routing.preview(categoryCode, regionCode, agencyCode);
        return new RoutingResponse(
                routed.agencyCodes().stream()
                        .map(agencies::get)
                        .map(agency -> new AgencyReference(agency.getCode(), agency.getName()))
                        .toList(),
                routed.basis());
    }

    record AgencyReference(String code, String name) {}

    record RoutingResponse(List<AgencyReference> agencies, RoutingBasis basis) {}
}
