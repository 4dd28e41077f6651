package id.aduan.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Ends a job's retries at once when it failed with a {@link PermanentJobFailure} (anywhere among the causes): the
 * incident then shows that failure's message. Any other failure goes through the engine's own retry strategy (the
 * element's {@code failedJobRetryTimeCycle}).
 */
@Component
public class PermanentJobFailurePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(NoRetriesForPermanentFailures::new);
    }

    static boolean permanent(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PermanentJobFailure) {
                return true;
            }
        }
        return false;
    }

    private static final class NoRetriesForPermanentFailures extends DefaultJobRetryCmd implements Command<Object> {

        NoRetriesForPermanentFailures(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            if (!permanent(exception)) {
                return super.execute(commandContext);
            }
            var job = getJob();
            if (job != null) {
                job.unlock();
                logException(job);
                job.setRetries(0);
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
