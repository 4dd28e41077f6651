package id.aduan.routing;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which agencies answer a report. In order: the agency the verifier chose, the agency the
 * reporter chose, the agencies of the routing rules ({@code ComplaintRoutingDecision.dmn}), the
 * government of the report's region or of its province, and finally the national administrator.
 */
@Service
@Transactional(readOnly = true)
public class RoutingService {

    static final String ROUTING_DECISION = "ComplaintRoutingDecision.dmn";

    private final AgencyService agencies;
    private final RegionService regions;
    private final RoutingProperties properties;

    RoutingService(AgencyService agencies, RegionService regions, RoutingProperties properties) {
        this.agencies = agencies;
        this.regions = regions;
        this.properties = properties;
    }

    public Routing route(
            String verifierAgencyCode,
            String reporterAgencyCode,
            Collection<String> ruleAgencyCodes,
            String regionCode) {
        if (hasText(verifierAgencyCode)) {
            return new Routing(List.of(agencies.get(verifierAgencyCode).getCode()), RoutingBasis.VERIFIER_CHOICE);
        }
        if (hasText(reporterAgencyCode)) {
            return new Routing(List.of(agencies.get(reporterAgencyCode).getCode()), RoutingBasis.REPORTER_CHOICE);
        }
        if (ruleAgencyCodes != null && !ruleAgencyCodes.isEmpty()) {
            var codes = ruleAgencyCodes.stream()
                    .distinct()
                    .map(this::agencyOfRule)
                    .map(Agency::getCode)
                    .toList();
            return new Routing(codes, RoutingBasis.ROUTING_RULES);
        }
        return regionalGovernment(regionCode)
                .map(agency -> new Routing(List.of(agency.getCode()), RoutingBasis.REGIONAL_GOVERNMENT))
                .orElseGet(() -> new Routing(
                        List.of(agencies.get(properties.nationalAdministrator()).getCode()),
                        RoutingBasis.NATIONAL_ADMINISTRATOR));
    }

    public String nationalAdministrator() {
        return properties.nationalAdministrator();
    }

    private Optional<Agency> regionalGovernment(String regionCode) {
        return agencies.regionalGovernment(regionCode)
                .or(() -> regions.find(regionCode).map(Region::getParentCode).flatMap(agencies::regionalGovernment));
    }

    private Agency agencyOfRule(String code) {
        return agencies.find(code)
                .orElseThrow(() -> new IllegalStateException(ROUTING_DECISION + " routes to the agency code '" + code
                        + "', which no agency has. Correct the rule in Camunda Modeler, or choose the agency"
                        + " in the verification form."));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
