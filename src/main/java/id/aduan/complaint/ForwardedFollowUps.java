package id.aduan.complaint;

import id.aduan.complaint.process.ComplaintWorkflow;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The follow-up of an agency that another installation serves, as that installation's decisions reach it: the
 * instance of AgencyFollowUpProcess bound to the agency's active assignment waits for them, and moves on when told
 * that one was recorded.
 */
@Service
public class ForwardedFollowUps {

    private final ProcessSubjects subjects;
    private final ComplaintWorkflow workflow;

    ForwardedFollowUps(ProcessSubjects subjects, ComplaintWorkflow workflow) {
        this.subjects = subjects;
        this.workflow = workflow;
    }

    /** The running follow-up of the report's active assignment of the agency, if it has one. */
    public Optional<String> running(long complaintId, String agencyCode) {
        return subjects.followUpInstance(complaintId, agencyCode).filter(workflow::running);
    }

    /**
     * Moves the follow-up on after the installation's decision was recorded.
     *
     * @return false when it does not wait for a decision (yet)
     * @throws org.springframework.dao.OptimisticLockingFailureException when the report's process changed at the same
     *     time
     */
    public boolean decided(String followUpInstanceId) {
        return workflow.installationDecided(followUpInstanceId);
    }
}
