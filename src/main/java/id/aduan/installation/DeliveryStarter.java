package id.aduan.installation;

import id.aduan.installation.process.InstallationDeliveryProcess;
import id.aduan.system.EngineAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the delivery of one call to a connected installation as its own process instance, without variables, in the
 * transaction that queued it: an installation that is down delays only that instance, never the report's process.
 */
@Component
class DeliveryStarter {

    private final RuntimeService runtime;
    private final IdentityService identity;

    DeliveryStarter(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** @return the new instance's id, which the call keeps so that its job finds it */
    String start(String trackingId) {
        return EngineAuthentication.withoutUser(
                identity,
                () -> runtime.startProcessInstanceByKey(InstallationDeliveryProcess.PROCESS_ID, trackingId)
                        .getId());
    }
}
