package id.aduan.routing;

import id.aduan.category.Category;
import id.aduan.region.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The routing rules, {@code ComplaintRoutingDecision.dmn}: the agencies that answer reports of a category (or its
 * group) in a region (or its province). The one place that evaluates the decision, for routing, for the
 * verifier's suggestion and for the staff's preview alike.
 */
@Component
class RoutingRules {

    static final String DECISION = "ComplaintRoutingDecision.dmn";
    static final String DECISION_KEY = "ComplaintRoutingDecision";

    private final DecisionService decisions;
    private final ProcessEngineConfigurationImpl engine;

    /** Suggestions kept at most, by rules and inputs: the categories times the regions reports come from. */
    private static final int SUGGESTIONS_KEPT = 10_000;

    /** The latest deployed decision by its definition id, parsed again as a decision the engine keeps no history of. */
    private final Map<String, DmnDecision> withoutHistory = new ConcurrentHashMap<>();

    /** The agencies suggested by the rules of a definition id for inputs: the same rules give the same answer. */
    private final Map<List<String>, List<String>> suggestions = new ConcurrentHashMap<>();

    RoutingRules(DecisionService decisions, ProcessEngineConfigurationImpl engine) {
        this.decisions = decisions;
        this.engine = engine;
    }

    /** The agencies of the rules for routing a report: the evaluation is kept in the decision history. */
    List<String> agencyCodes(Category category, Region region) {
        return decisions
                .evaluateDecisionTableByKey(DECISION_KEY)
                .variables(inputs(category, region))
                .evaluate()
                .collectEntries("agencyCode");
    }

    /**
     * The same agencies from the same (latest) rules, for a suggestion that decides nothing: the engine writes
     * decision history only for a decision it deployed, so this evaluates the deployed model parsed on its own. The
     * answer is kept by the rules' definition id and the inputs (deploying new rules gives a new id), since the
     * evaluation of the table costs more than the rest of a report's filing step.
     */
    List<String> suggestedAgencyCodes(Category category, Region region) {
        return engine.getCommandExecutorTxRequired().execute(command -> {
            var cache = engine.getDeploymentCache();
            var latest = cache.findDeployedLatestDecisionDefinitionByKey(DECISION_KEY);
            var inputs = inputs(category, region);
            var key = new ArrayList<String>();
            key.add(latest.getId());
            inputs.values().forEach(value -> key.add(Objects.toString(value, null)));
            var kept = suggestions.get(key);
            if (kept != null) {
                return kept;
            }
            var decision = withoutHistory.computeIfAbsent(
                    latest.getId(),
                    id -> engine.getDmnEngine()
                            .parseDecision(DECISION_KEY, cache.findDmnModelInstanceForDecisionDefinition(id)));
            List<String> agencyCodes = Collections.unmodifiableList(engine.getDmnEngine()
                    .evaluateDecisionTable(decision, inputs)
                    .collectEntries("agencyCode"));
            if (suggestions.size() >= SUGGESTIONS_KEPT) {
                suggestions.clear();
            }
            suggestions.put(key, agencyCodes);
            return agencyCodes;
        });
    }

    private static VariableMap inputs(Category category, Region region) {
        return Variables.createVariables()
                .putValue("categoryCode", category.getCode())
                .putValue("categoryGroupCode", category.getGroupCode())
                .putValue("regionCode", region.getCode())
                .putValue("provinceCode", region.getProvinceCode());
    }
}
