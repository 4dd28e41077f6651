package id.aduan.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingServiceTest {

    private final AgencyService agencies = mock(AgencyService.class);
    private final RegionService regions = mock(RegionService.class);
    private final RoutingService routing = new RoutingService(
            agencies,
            regions,
            mock(id.aduan.category.CategoryService.class),
            mock(org.camunda.bpm.engine.DecisionService.class),
            new RoutingProperties("ADMIN-NASIONAL"));

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
    }

    @Test
    void followsTheVerifierFirst() {
        var routed = routing.route("BPJS-KESEHATAN", "PEMKAB-MUBA", List.of("DINKES-MUBA"), "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("BPJS-KESEHATAN"), RoutingBasis.VERIFIER_CHOICE));
    }

    @Test
    void followsTheReportersChoiceBeforeTheRules() {
        var routed = routing.route(null, "PEMKAB-MUBA", List.of("DINKES-MUBA"), "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMKAB-MUBA"), RoutingBasis.REPORTER_CHOICE));
    }

    @Test
    void followsEveryMatchingRuleOnce() {
        var routed = routing.route(" ", null, List.of("DINKES-MUBA", "BPJS-KESEHATAN", "DINKES-MUBA"), "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("DINKES-MUBA", "BPJS-KESEHATAN"), RoutingBasis.ROUTING_RULES));
    }

    @Test
    void fallsBackToTheRegionsGovernment() {
        var routed = routing.route(null, null, List.of(), "16.06");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMKAB-MUBA"), RoutingBasis.REGIONAL_GOVERNMENT));
    }

    @Test
    void fallsBackToTheProvincesGovernmentWhenTheRegencyHasNone() {
        var jayapura = region("91.71", "91");
        when(regions.find("91.71")).thenReturn(Optional.of(jayapura));

        var routed = routing.route(null, null, List.of(), "91.71");

        assertThat(routed).isEqualTo(new Routing(List.of("PEMPROV-PAPUA"), RoutingBasis.REGIONAL_GOVERNMENT));
    }

    @Test
    void fallsBackToTheNationalAdministratorLast() {
        when(regions.find("99.99")).thenReturn(Optional.empty());

        var routed = routing.route(null, null, null, "99.99");

        assertThat(routed).isEqualTo(new Routing(List.of("ADMIN-NASIONAL"), RoutingBasis.NATIONAL_ADMINISTRATOR));
    }

    @Test
    void namesTheModelWhenARuleRoutesToAnUnknownAgency() {
        assertThatThrownBy(() -> routing.route(null, null, List.of("DINKES-ATLANTIS"), "16.06"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ComplaintRoutingDecision.dmn")
                .hasMessageContaining("DINKES-ATLANTIS");
    }

    private static Agency agency(String code) {
        var agency = mock(Agency.class);
        when(agency.getCode()).thenReturn(code);
        return agency;
    }

    private static Region region(String code, String parent) {
        var region = mock(Region.class);
        when(region.getCode()).thenReturn(code);
        when(region.getParentCode()).thenReturn(parent);
        return region;
    }
}
