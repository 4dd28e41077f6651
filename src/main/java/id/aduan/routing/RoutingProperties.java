package id.aduan.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param nationalAdministrator the agency that handles reports no routing rule and no region claims */
@ConfigurationProperties(prefix = "aduan.routing")
public record RoutingProperties(
        @DefaultValue("ADMIN-NASIONAL") String nationalAdministrator) {}
