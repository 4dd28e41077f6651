package id.aduan.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing rules of {@code bpmn/ComplaintRoutingDecision.dmn}, evaluated as the process evaluates them. */
class ComplaintRoutingDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (var model = new FileInputStream("bpmn/ComplaintRoutingDecision.dmn")) {
            decision = engine.parseDecision("ComplaintRoutingDecision", model);
        }
    }

    private static List<String> route(String category, String group, String region, String province) {
        var variables = Variables.createVariables()
                .putValue("categoryCode", category)
                .putValue("categoryGroupCode", group)
                .putValue("regionCode", region)
                .putValue("provinceCode", province);
        return engine.evaluateDecisionTable(decision, variables).collectEntries("agencyCode");
    }

    @ParameterizedTest(name = "{0} in {2} goes to {4}")
    @CsvSource({
        "HEALTH_FACILITY, HEALTH, 16.06, 16, DINKES-MUBA",
        "ID_CARD, CIVIL_REGISTRATION, 16.06, 16, DISDUKCAPIL-MUBA",
        "ROADS, INFRASTRUCTURE, 16.06, 16, DPUPR-MUBA",
        "VILLAGE_FUNDS, VILLAGE_FUNDS, 16.06, 16, DPMD-MUBA",
        "VILLAGE_FUNDS, VILLAGE_FUNDS, 13.11, 13, KEMENDAGRI",
        "HEALTH_FACILITY, HEALTH, 16.02, 16, DINKES-OKI",
        "HEALTH_FACILITY, HEALTH, 16.71, 16, DINKES-PALEMBANG",
        "CIVIL_CERTIFICATE, CIVIL_REGISTRATION, 16.71, 16, DISDUKCAPIL-PALEMBANG",
        "HEALTH, HEALTH, 16, 16, DINKES-SUMSEL",
        "HEALTH_FACILITY, HEALTH, 36.73, 36, DINKES-SERANG",
        "ID_CARD, CIVIL_REGISTRATION, 36.73, 36, DISDUKCAPIL-SERANG",
        "HEALTH_FACILITY, HEALTH, 64.02, 64, DINKES-KUKAR",
        "ID_CARD, CIVIL_REGISTRATION, 13.11, 13, DISDUKCAPIL-SOLSEL",
        "HEALTH_INSURANCE, SOCIAL_SECURITY, 91.71, 91, BPJS-KESEHATAN",
        "ELECTRICITY, ELECTRICITY, 64.02, 64, PLN",
        "EDUCATION, EDUCATION, 16.71, 16, PEMPROV-SUMSEL"
    })
    void routesEachSeededCaseToItsAgency(String category, String group, String region, String province, String agency) {
        assertThat(route(category, group, region, province)).containsExactly(agency);
    }

    @ParameterizedTest(name = "{0} in {2} goes to several agencies")
    @CsvSource({
        "HEALTH_INSURANCE, SOCIAL_SECURITY, 16.06, 16, DINKES-MUBA, BPJS-KESEHATAN",
        "MEDICINES, HEALTH, 16.06, 16, DINKES-MUBA, KEMENKES"
    })
    void routesToSeveralAgenciesWhenSeveralRulesMatch(
            String category, String group, String region, String province, String first, String second) {
        assertThat(route(category, group, region, province)).containsExactlyInAnyOrder(first, second);
    }

    @ParameterizedTest(name = "{0} in {2} has no rule")
    @CsvSource({
        "LICENSING, LICENSING, 16.06, 16",
        "HEALTH_FACILITY, HEALTH, 91.71, 91",
        "ID_CARD, CIVIL_REGISTRATION, 64.02, 64"
    })
    void leavesReportsWithoutARuleToTheFallback(String category, String group, String region, String province) {
        assertThat(route(category, group, region, province)).isEmpty();
    }
}
