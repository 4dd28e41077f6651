package id.aduan.routing;

import java.util.List;

/** The bodies a report is routed to, never empty, and why. */
public record Routing(List<String> agencyCodes, RoutingBasis basis) {

    public Routing {
        if (agencyCodes.isEmpty()) {
            throw new IllegalArgumentException("A routing names at least one agency");
        }
        agencyCodes = List.copyOf(agencyCodes);
    }
}
