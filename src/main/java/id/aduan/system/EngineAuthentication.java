package id.aduan.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls that belong to the application rather than to the signed-in user, such as starting
 * the delivery of an e-mail while a verifier completes a task: the user need not be allowed to see
 * what the application does on their behalf.
 */
public final class EngineAuthentication {

    private EngineAuthentication() {}

    public static <T> T withoutUser(IdentityService identity, Supplier<T> call) {
        var authentication = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return call.get();
        } finally {
            if (authentication != null) {
                identity.setAuthentication(authentication);
            }
        }
    }

    public static void withoutUser(IdentityService identity, Runnable call) {
        withoutUser(identity, () -> {
            call.run();
            return null;
        });
    }
}
