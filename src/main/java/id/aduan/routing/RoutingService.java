package id.aduan.routing;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.region.Region;
import id.aduan.region.RegionLevel;
import id.aduan.region.RegionService;
import id.aduan.system.FieldProblemException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which agencies answer a report. In order: the agency the verifier chose, the agency the
 * reporter chose, the agencies of the routing rules ({@code ComplaintRoutingDecision.dmn}; for a district, those of
 * its regency or city when none names the district), the government of the report's region or of the nearest region
 * it lies in (a district's regency or city, then the province), and finally the national administrator.
 */
@Service
@Transactional(readOnly = true)
public class RoutingService {

    private final AgencyService agencies;
    private final RegionService regions;
    private final CategoryService categories;
    private final RoutingRules rules;
    private final RoutingProperties properties;

    RoutingService(
            AgencyService agencies,
            RegionService regions,
            CategoryService categories,
            RoutingRules rules,
            RoutingProperties properties) {
        this.agencies = agencies;
        this.regions = regions;
        this.categories = categories;
        this.rules = rules;
        this.properties = properties;
    }

    /**
     * Where a report of a category in a region would go, as the process would route it without a verifier's
     * choice: for staff who check the routing rules.
     */
    public Routing preview(String categoryCode, String regionCode, String reporterAgencyCode) {
        if (categories.find(categoryCode).isEmpty()) {
            throw new FieldProblemException("categoryCode", "is not a known category; GET /api/categories lists them");
        }
        if (regions.find(regionCode).isEmpty()) {
            throw new FieldProblemException("regionCode", "is not a known region; GET /api/regions lists them");
        }
        if (reporterAgencyCode != null && agencies.find(reporterAgencyCode).isEmpty()) {
            throw new FieldProblemException("agencyCode", "is not a known agency; GET /api/agencies lists them");
        }
        return route(null, reporterAgencyCode, categoryCode, regionCode);
    }

    /**
     * The agencies that answer a report of a category in a region. Without a category no rule applies, and without
     * a region there is no regional government to fall back on (a report by SMS before the verifier sets them).
     *
     * @throws UnknownRuleAgencyException when a matching routing rule names an agency that does not exist
     * @param verifierAgencyCode the agency the verifier chose, or blank
     * @param reporterAgencyCode the agency the reporter chose, or blank
     */
    public Routing route(String verifierAgencyCode, String reporterAgencyCode, String categoryCode, String regionCode) {
        return route(verifierAgencyCode, reporterAgencyCode, categoryCode, regionCode, rules::agencyCodes);
    }

    /**
     * Where the report would go without a verifier's choice, as {@link #route} would decide it now, for the
     * verifier's form: the routing rules are evaluated without a row of decision history, which only the routing
     * itself writes.
     *
     * @throws UnknownRuleAgencyException when a matching routing rule names an agency that does not exist
     */
    public Routing suggest(String reporterAgencyCode, String categoryCode, String regionCode) {
        return route(null, reporterAgencyCode, categoryCode, regionCode, rules::suggestedAgencyCodes);
    }

    private Routing route(
            String verifierAgencyCode,
            String reporterAgencyCode,
            String categoryCode,
            String regionCode,
            BiFunction<Category, Region, List<String>> ruleAgencyCodesOf) {
        if (hasText(verifierAgencyCode)) {
            return new Routing(List.of(agencies.get(verifierAgencyCode).getCode()), RoutingBasis.VERIFIER_CHOICE);
        }
        if (hasText(reporterAgencyCode)) {
            return new Routing(List.of(agencies.get(reporterAgencyCode).getCode()), RoutingBasis.REPORTER_CHOICE);
        }
        var category = categories.find(categoryCode);
        var region = regions.find(regionCode);
        var ruleAgencyCodes = category.isPresent() && region.isPresent()
                ? ruleAgencyCodes(category.get(), region.get(), ruleAgencyCodesOf)
                : List.<String>of();
        if (!ruleAgencyCodes.isEmpty()) {
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

    /** The rules for the region, or else for the regency or city a district lies in. */
    private List<String> ruleAgencyCodes(
            Category category, Region region, BiFunction<Category, Region, List<String>> ruleAgencyCodesOf) {
        var codes = ruleAgencyCodesOf.apply(category, region);
        if (codes.isEmpty() && region.getLevel() == RegionLevel.DISTRICT) {
            return regions.find(region.getParentCode())
                    .map(regency -> ruleAgencyCodesOf.apply(category, regency))
                    .orElse(codes);
        }
        return codes;
    }

    public String nationalAdministrator() {
        return properties.nationalAdministrator();
    }

    /** The government of the region, or else of the nearest region it lies in (regency or city, then province). */
    private Optional<Agency> regionalGovernment(String regionCode) {
        var code = regionCode;
        for (var level = 0; code != null && level < RegionLevel.values().length; level++) {
            var government = agencies.regionalGovernment(code);
            if (government.isPresent()) {
                return government;
            }
            code = regions.find(code).map(Region::getParentCode).orElse(null);
        }
        return Optional.empty();
    }

    private Agency agencyOfRule(String code) {
        return agencies.find(code).orElseThrow(() -> new UnknownRuleAgencyException(code));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
