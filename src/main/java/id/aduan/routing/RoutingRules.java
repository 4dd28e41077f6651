package id.aduan.routing;

import id.aduan.category.Category;
import id.aduan.region.Region;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
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

    RoutingRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    List<String> agencyCodes(Category category, Region region) {
        return decisions
                .evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("categoryCode", category.getCode())
                        .putValue("categoryGroupCode", category.getGroupCode())
                        .putValue("regionCode", region.getCode())
                        .putValue("provinceCode", region.getProvinceCode()))
                .evaluate()
                .collectEntries("agencyCode");
    }
}
