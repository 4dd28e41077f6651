package id.aduan.routing;

/**
 * A rule of {@code ComplaintRoutingDecision.dmn} names an agency code that no agency has: the rule needs correcting
 * in Camunda Modeler, and meanwhile the verifier chooses the agency.
 */
public class UnknownRuleAgencyException extends RuntimeException {

    private final String agencyCode;

    public UnknownRuleAgencyException(String agencyCode) {
        super(RoutingRules.DECISION + " routes to the agency code '" + agencyCode
                + "', which no agency has. Correct the"
                + " rule in Camunda Modeler, or choose the agency in the verification form.");
        this.agencyCode = agencyCode;
    }

    public String agencyCode() {
        return agencyCode;
    }
}
