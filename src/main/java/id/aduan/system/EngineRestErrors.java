package id.aduan.system;

import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.hibernate.StaleStateException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * How Camunda's REST APIs ({@code /engine-rest}, and the webapps' {@code /camunda/api}) answer errors that Camunda would answer with 500: a form field that a task's check
 * rejected is a 400 naming the field (the engine wraps whatever a task listener throws), and a change that lost a race
 * with another one, such as the second of two completions of one task, is a 409 (the engine's or Aduan's own tables
 * found the row changed), and a request naming a task, execution or message subscription that does not exist is
 * a 404, and a refusal that a task listener raised (such as giving a task to someone outside its candidate groups) is
 * a 403 as the engine's own refusals are. The body stays Camunda's own ({@code type}, {@code message}), which Tasklist shows, and
 * names no class of Aduan's. Every other error goes to Camunda's handling unchanged.
 */
public final class EngineRestErrors {

    private EngineRestErrors() {}

    /**
     * Registers the mappers with every Jersey application of the node: {@code /engine-rest} and the webapps' own API
     * under {@code /camunda/api}, which Tasklist uses and which Aduan cannot configure otherwise. Jersey finds it
     * through {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
     */
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Registration implements AutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            context.register(OfRestLayer.class).register(OfEngine.class).register(OfAnything.class);
        }
    }

    static Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException rejected) {
                return camunda(new RestException(
                        Status.BAD_REQUEST, rejected, "Cannot complete the task: " + rejected.getMessage()));
            }
            if (cause instanceof AuthorizationException refused && cause != exception) {
                return camunda(new RestException(Status.FORBIDDEN, refused, refused.getMessage()));
            }
            if (cause instanceof ProcessEngineException engine && namesNothingThatExists(engine)) {
                return camunda(new RestException(Status.NOT_FOUND, engine, exception.getMessage()));
            }
            if (lostARace(cause)) {
                return camunda(new RestException(
                        Status.CONFLICT,
                        "Someone changed this task or its report at the same moment; reload the task and try again."));
            }
        }
        return camunda(exception);
    }

    /**
     * Camunda says that what a request names does not exist with a NullValueException ("Cannot find task …"), and
     * that an execution waits for no such message with a plain ProcessEngineException that says so.
     */
    private static boolean namesNothingThatExists(ProcessEngineException cause) {
        return cause instanceof NullValueException
                || String.valueOf(cause.getMessage()).contains("does not have a subscription");
    }

    private static boolean lostARace(Throwable cause) {
        return cause instanceof OptimisticLockingException
                || cause instanceof OptimisticLockingFailureException
                || cause instanceof OptimisticLockException
                || cause instanceof StaleStateException;
    }

    private static Response camunda(Throwable exception) {
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /** Errors of Camunda's REST layer, such as a failed completion (ahead of Camunda's own mapper). */
    @Priority(Priorities.USER - 100)
    static final class OfRestLayer implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return EngineRestErrors.toResponse(exception);
        }
    }

    /** Errors of the engine (ahead of Camunda's own mapper). */
    @Priority(Priorities.USER - 100)
    static final class OfEngine implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineRestErrors.toResponse(exception);
        }
    }

    /** Anything else, such as Aduan's tables refusing a stale write when the engine's transaction commits. */
    @Priority(Priorities.USER - 100)
    static final class OfAnything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return EngineRestErrors.toResponse(exception);
        }
    }
}
