package id.aduan.integration;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo partner systems for the default run (aduan.demo.enabled), with the keys README shows: Musi Banyuasin's
 * Senjang Muba and SAPA Muba, and Kota Serang's RABEG. None has a callback URL; they read the change feed.
 */
@Component
@ConditionalOnProperty(name = "aduan.demo.enabled", havingValue = "true")
class DemoIntegrations {

    static final List<Demo> PARTNERS = List.of(
            new Demo("Senjang Muba", "16.06", "PEMKAB-MUBA", "senjang@mubakab.example", "demo-senjang-muba-key"),
            new Demo("SAPA Muba", "16.06", "PEMKAB-MUBA", "sapa@mubakab.example", "demo-sapa-muba-key"),
            new Demo("RABEG", "36.73", "PEMKOT-SERANG", "rabeg@serangkota.example", "demo-rabeg-key"));

    private static final Logger log = LoggerFactory.getLogger(DemoIntegrations.class);

    private final IntegrationService integrations;

    DemoIntegrations(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @EventListener
    public void createPartners(ApplicationReadyEvent event) {
        var existing = integrations.list().stream().map(IntegrationView::name).toList();
        var created = 0;
        for (var demo : PARTNERS) {
            if (!existing.contains(demo.name())) {
                integrations.create(
                        new IntegrationDetails(
                                demo.name(),
                                IntegrationKind.REGIONAL_APP,
                                demo.regionCode(),
                                demo.agencyCode(),
                                demo.contact(),
                                IntegrationStatus.ACTIVE,
                                null,
                                1_000,
                                600,
                                null),
                        demo.apiKey());
                created++;
            }
        }
        if (created > 0) {
            log.info("{} demo partner system(s) added, with the API keys README shows", created);
        }
    }

    record Demo(String name, String regionCode, String agencyCode, String contact, String apiKey) {}
}
