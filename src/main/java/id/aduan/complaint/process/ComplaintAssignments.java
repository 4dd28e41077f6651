package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import java.util.List;
import org.springframework.stereotype.Component;

/** The agencies the follow-up call activity runs for, as in {@code ${complaintAssignments.activeAgencyCodes(complaintId)}}. */
@Component
public class ComplaintAssignments {

    private final ComplaintLifecycle lifecycle;

    ComplaintAssignments(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public List<String> activeAgencyCodes(long complaintId) {
        return lifecycle.activeAgencyCodes(complaintId);
    }
}
