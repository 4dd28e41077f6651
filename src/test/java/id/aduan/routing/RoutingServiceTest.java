package id.aduan.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.category.Category;
import id.aduan.category.CategoryService;
import id.aduan.region.Region;
import id.aduan.region.RegionLevel;
import id.aduan.region.RegionService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingServiceTest {

    private final AgencyService agencies = mock(AgencyService.class);
    private final RegionService regions = mock(RegionService.class);
    private final CategoryService categories = mock(CategoryService.class);
    private final RoutingRules rules = mock(RoutingRules.class);
    private final RoutingService routing =
            new RoutingService(agencies, regions, categories, rules, new RoutingProperties("ADMIN-NASIONAL"));

    private final Category health = mock(Category.class);
    private final Region musiBanyuasin = region("16.06", "16");

    @BeforeEach
    void knownAgencies() {
        when(agencies.find(anyString())).thenReturn(Optional.empty());
        when(agencies.regionalGovernment(anyString())).thenReturn(Optional.empty());
        for (var code : List.of("ADMIN-NASIONAL", "DINKES-MUBA", "BPJS-KESEHATAN", "PEMKAB-MUBA", "PEMPROV-PAPUA")) {
            var agency = agency(code);
            when(agencies.find(code)).thenReturn(Optional.of(agency));
            when(agencies.get(code)).thenReturn(agency);
        }
        var regency = agency("PEMKAB-MUBA");
        var province = agency("PEMPROV-PAPUA");
        when(agencies.regionalGovernment("16.06")).thenReturn(Optional.of(regency));
        when(agencies.regionalGovernment("91")).thenReturn(Optional.of(province));
        when(categories.find("HEALTH_FACILITY")).thenReturn(Optional.of(health));
        when(regions.find("16.06")).thenReturn(Optional.of(musiBanyuasin));
    }

    /** The routing rules send reports of the category in the region to these agencies. */
    private void rulesRouteTo(String... agencyCodes) {
        when(rules.agencyCodes(health, musiBanyuasin)).thenReturn(List.of(agencyCodes));
    }

    @Test
    void followsTheVerifierFirst() {
        rulesRouteTo("DINKES-MUBA");

        var routed = routing.route("BPJS-KESEHATAN", "PEMKAB-MUBA", "HEALTH_FACILITY", "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("BPJS-KESEHATAN"), RoutingBasis.VERIFIER_CHOICE));
    }

    @Test
    void followsTheReportersChoiceBeforeTheRules() {
        rulesRouteTo("DINKES-MUBA");

        var routed = routing.route(null, "PEMKAB-MUBA", "HEALTH_FACILITY", "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMKAB-MUBA"), RoutingBasis.REPORTER_CHOICE));
    }

    @Test
    void followsEveryMatchingRuleOnce() {
        rulesRouteTo("DINKES-MUBA", "BPJS-KESEHATAN", "DINKES-MUBA");

        var routed = routing.route(" ", null, "HEALTH_FACILITY", "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("DINKES-MUBA", "BPJS-KESEHATAN"), RoutingBasis.ROUTING_RULES));
    }

    @Test
    void fallsBackToTheRegionsGovernment() {
        rulesRouteTo();

        var routed = routing.route(null, null, "HEALTH_FACILITY", "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMKAB-MUBA"), RoutingBasis.REGIONAL_GOVERNMENT));
    }

    @Test
    void fallsBackToTheProvincesGovernmentWhenTheRegencyHasNone() {
        var jayapura = region("91.71", "91");
        when(regions.find("91.71")).thenReturn(Optional.of(jayapura));

        var routed = routing.route(null, null, "HEALTH_FACILITY", "91.71");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMPROV-PAPUA"), RoutingBasis.REGIONAL_GOVERNMENT));
    }

    @Test
    void routesADistrictByItsRegencysRulesWhenNoneNamesTheDistrict() {
        // given a district (kecamatan) of Musi Banyuasin, for which no rule is written
        var sekayu = district("16.06.01", "16.06");
        when(regions.find("16.06.01")).thenReturn(Optional.of(sekayu));
        rulesRouteTo("DINKES-MUBA");

        // when a report from the district is routed
        var routed = routing.route(null, null, "HEALTH_FACILITY", "16.06.01");

        // then the regency's rules route it
        assertThat(routed).isEqualTo(new Routing(List.of("DINKES-MUBA"), RoutingBasis.ROUTING_RULES));
    }

    @Test
    void fallsBackFromADistrictToItsRegencysGovernmentAndThenToTheProvinces() {
        // given districts of a regency with a government and of one without
        var sekayu = district("16.06.01", "16.06");
        var jayapura = region("91.71", "91");
        var abepura = district("91.71.01", "91.71");
        when(regions.find("16.06.01")).thenReturn(Optional.of(sekayu));
        when(regions.find("91.71")).thenReturn(Optional.of(jayapura));
        when(regions.find("91.71.01")).thenReturn(Optional.of(abepura));
        rulesRouteTo();

        // then a report from each goes to the nearest government above it
        assertThat(routing.route(null, null, "HEALTH_FACILITY", "16.06.01"))
                .isEqualTo(new Routing(List.of("PEMKAB-MUBA"), RoutingBasis.REGIONAL_GOVERNMENT));
        assertThat(routing.route(null, null, "HEALTH_FACILITY", "91.71.01"))
                .isEqualTo(new Routing(List.of("PEMPROV-PAPUA"), RoutingBasis.REGIONAL_GOVERNMENT));
    }

    @Test
    void fallsBackToTheNationalAdministratorLast() {
        when(regions.find("99.99")).thenReturn(Optional.empty());

        var routed = routing.route(null, null, "HEALTH_FACILITY", "99.99");

        assertThat(routed).isEqualTo(new Routing(List.of("ADMIN-NASIONAL"), RoutingBasis.NATIONAL_ADMINISTRATOR));
    }

    @Test
    void namesTheModelWhenARuleRoutesToAnUnknownAgency() {
        rulesRouteTo("DINKES-ATLANTIS");

        assertThatThrownBy(() -> routing.route(null, null, "HEALTH_FACILITY", "16.06"))
                .isInstanceOf(UnknownRuleAgencyException.class)
                .hasMessageContaining("ComplaintRoutingDecision.dmn")
                .hasMessageContaining("DINKES-ATLANTIS");
    }

    private static Agency agency(String code) {
        var agency = mock(Agency.class);
        when(agency.getCode()).thenReturn(code);
        return agency;
    }

    private static Region district(String code, String parent) {
        var district = region(code, parent);
        when(district.getLevel()).thenReturn(RegionLevel.DISTRICT);
        return district;
    }

    private static Region region(String code, String parent) {
        var region = mock(Region.class);
        when(region.getCode()).thenReturn(code);
        when(region.getProvinceCode()).thenReturn(parent);
        when(region.getParentCode()).thenReturn(parent);
        return region;
    }
}
