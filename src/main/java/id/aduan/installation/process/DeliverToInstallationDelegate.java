package id.aduan.installation.process;

import id.aduan.installation.InstallationDeliveries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one call to a connected installation; runs as its own job, retried while that installation is away. The call
 * is the one bound to this process instance when it started: staff can write variables, not an instance's id.
 */
@Component
public class DeliverToInstallationDelegate implements JavaDelegate {

    private final InstallationDeliveries deliveries;

    DeliverToInstallationDelegate(InstallationDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deliveries.deliver(execution.getProcessInstanceId());
    }
}
