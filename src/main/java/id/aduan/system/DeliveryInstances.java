package id.aduan.system;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts one delivery (an e-mail or SMS batch, a partner's webhook, a call to a connected installation) as its own
 * process instance, without the current user, in the transaction that queued it: a receiver that is down delays only
 * that instance and its retries, never the report's process. The instance's business key is the report's tracking ID,
 * so that staff and operators find a report's deliveries in Cockpit.
 */
@Component
public class DeliveryInstances {

    private final RuntimeService runtime;
    private final IdentityService identity;

    DeliveryInstances(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** @return the new instance's id, which the queued row keeps so that the instance's job finds it */
    public String start(String processKey, String trackingId) {
        return start(processKey, trackingId, Map.of());
    }

    /** @return the new instance's id */
    public String start(String processKey, String trackingId, Map<String, Object> variables) {
        return EngineAuthentication.withoutUser(
                identity,
                () -> runtime.startProcessInstanceByKey(processKey, trackingId, variables)
                        .getId());
    }
}
