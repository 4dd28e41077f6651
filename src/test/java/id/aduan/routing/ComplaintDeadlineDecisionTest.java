package id.aduan.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The completion targets of {@code bpmn/ComplaintDeadlineDecision.dmn}. */
class ComplaintDeadlineDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (var model = new FileInputStream("bpmn/ComplaintDeadlineDecision.dmn")) {
            decision = engine.parseDecision("ComplaintDeadlineDecision", model);
        }
    }

    @ParameterizedTest(name = "{0} of complexity {1}: {2} working days")
    @CsvSource({
        "INFORMATION_REQUEST, SIMPLE, 5",
        "INFORMATION_REQUEST, FIELD_INSPECTION, 5",
        "COMPLAINT, SIMPLE, 5",
        "COMPLAINT, STANDARD, 14",
        "COMPLAINT, FIELD_INSPECTION, 60",
        "ASPIRATION, SIMPLE, 5",
        "ASPIRATION, STANDARD, 14",
        "ASPIRATION, FIELD_INSPECTION, 60"
    })
    void givesTheCompletionTargetOfEachTier(String reportType, String complexity, int workingDays) {
        var result = engine.evaluateDecisionTable(
                decision,
                Variables.createVariables().putValue("reportType", reportType).putValue("complexity", complexity));

        assertThat(result.getSingleResult().<Number>getSingleEntry().intValue()).isEqualTo(workingDays);
    }
}
