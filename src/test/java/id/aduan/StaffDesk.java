package id.aduan;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

/** The demo staff's decisions on a report's tasks, through the engine's API (see {@link StaffTasks}). */
public final class StaffDesk {

    public static final String VERIFIER = "verifier";

    private final TaskService tasks;
    private final IdentityService identity;

    public StaffDesk(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The verifier verifies the report for routing, as a simple case. */
    public void verify(String trackingId) {
        complete(VERIFIER, trackingId, Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
    }

    /** The verifier defers the report, asking the reporter a question. */
    public void defer(String trackingId, String question) {
        complete(VERIFIER, trackingId, Map.of("verificationDecision", "DEFER", "infoRequest", question));
    }

    /** An officer of the agency asks the reporter for information. */
    public void requestInformation(String agencyCode, String trackingId, String question) {
        followUp(agencyCode, trackingId, "REQUEST_INFO", question);
    }

    /** An officer of the agency answers the report. */
    public void respond(String agencyCode, String trackingId, String answer) {
        followUp(agencyCode, trackingId, "RESPOND", answer);
    }

    private void followUp(String agencyCode, String trackingId, String decision, String text) {
        var agency = agencyCode.toLowerCase(Locale.ROOT);
        complete(agency + "-officer", trackingId, Map.of("followUpDecision", decision, "followUpText", text));
    }

    private void complete(String user, String trackingId, Map<String, Object> variables) {
        StaffTasks.complete(tasks, identity, trackingId, user, variables);
    }
}
