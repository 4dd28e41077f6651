package id.aduan.routing;

/** Why a report went to the bodies it went to, in the order the rules are tried. */
public enum RoutingBasis {
    VERIFIER_CHOICE,
    REPORTER_CHOICE,
    ROUTING_RULES,
    REGIONAL_GOVERNMENT,
    NATIONAL_ADMINISTRATOR
}
