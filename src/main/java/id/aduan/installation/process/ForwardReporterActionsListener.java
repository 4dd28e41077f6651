package id.aduan.installation.process;

import id.aduan.complaint.TimelineEntryAdded;
import id.aduan.installation.InstallationForwarding;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A report's timeline grew: when the reporter wrote, accepted or objected, or their window closed without answer,
 * queues the same for each installation the report was forwarded to, in the transaction that added the entry.
 */
@Component
class ForwardReporterActionsListener {

    private final InstallationForwarding forwarding;

    ForwardReporterActionsListener(InstallationForwarding forwarding) {
        this.forwarding = forwarding;
    }

    @EventListener
    void forward(TimelineEntryAdded entry) {
        forwarding.reporterActed(entry);
    }
}
