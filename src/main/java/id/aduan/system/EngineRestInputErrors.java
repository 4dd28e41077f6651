package id.aduan.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Answers a task completion that a form check rejected with HTTP 400 instead of Camunda's 500: the engine wraps
 * whatever a task listener throws, so {@code /engine-rest} cannot tell a rejected form field from a failure. The
 * body stays Camunda's own ({@code type}, {@code message}), which Tasklist shows, with the check's message alone.
 * Every other error goes to Camunda's handler unchanged.
 */
@Priority(Priorities.USER - 100)
class EngineRestInputErrors implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException rejected) {
                return camunda.toResponse(new RestException(
                        Status.BAD_REQUEST, rejected, "Cannot complete the task: " + rejected.getMessage()));
            }
        }
        return camunda.toResponse(exception);
    }
}
