package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.process.AgencyFollowUpProcess;
import id.aduan.system.TransactionScopedMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the {@link ProcessSubject} of a process instance, and binds an agency's assignment to the instance of
 * AgencyFollowUpProcess that the engine started for it.
 *
 * <p>A transaction looks a report up by its tracking ID once: what it keeps (the report's id, type, requested
 * agency and whether another installation forwarded it) never changes. The agency of a follow-up instance is read
 * each time, since a re-routing in the same transaction changes it.
 */
@Service
@Transactional
public class ProcessSubjects {

    /** The reports the transaction has looked up, by tracking ID. */
    private final TransactionScopedMap<String, ProcessSubject> reportsOfTransaction = new TransactionScopedMap<>();

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;

    ProcessSubjects(ComplaintRepository complaints, AssignmentRepository assignments) {
        this.complaints = complaints;
        this.assignments = assignments;
    }

    /**
     * @param trackingId the instance's business key
     * @param processInstanceId the instance's id
     */
    @Transactional(readOnly = true)
    public ProcessSubject of(String trackingId, String processInstanceId) {
        var report = report(trackingId);
        var agencyCode = assignments
                .findActiveInFollowUp(report.complaintId(), processInstanceId)
                .map(Assignment::getAgencyCode)
                .orElse(null);
        return new ProcessSubject(
                report.complaintId(),
                report.trackingId(),
                report.reportType(),
                report.requestedAgencyCode(),
                agencyCode,
                report.forwarded(),
                report.verificationSkipped());
    }

    /**
     * Whether a step works for an agency: only an instance of AgencyFollowUpProcess has one, bound to it; a step of any
     * other model works on the report alone and needs no query of the assignments. Read from the deployed model,
     * which nobody can change, never from a variable. A step whose model element is unknown counts as an agency's.
     */
    public static boolean inFollowUp(DelegateExecution execution) {
        var element = execution.getBpmnModelElementInstance();
        if (element == null) {
            return true;
        }
        var scope = element.getParentElement();
        while (scope != null && !(scope instanceof Process)) {
            scope = scope.getParentElement();
        }
        return !(scope instanceof Process process) || AgencyFollowUpProcess.PROCESS_ID.equals(process.getId());
    }

    /**
     * The engine's scopes a step of a unit's answer may be bound through: its own activity instance (the unit's
     * answer itself, as its start listener binds it) and the one around it (the unit's answer, for its tasks and
     * events). Both are the engine's: staff cannot change them. None for a step outside a unit's answer, as the
     * deployed model places it, which so needs no query.
     */
    public static List<String> scopesOf(DelegateExecution execution) {
        if (!inUnitAnswer(execution)) {
            return List.of();
        }
        return Stream.of(execution.getActivityInstanceId(), execution.getParentActivityInstanceId())
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean inUnitAnswer(DelegateExecution execution) {
        for (ModelElementInstance scope = execution.getBpmnModelElementInstance();
                scope != null && !(scope instanceof Process);
                scope = scope.getParentElement()) {
            if (scope instanceof BaseElement element
                    && AgencyFollowUpProcess.SUB_PROCESS_UNIT_ANSWER.equals(element.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report of the business key without an agency ({@link ProcessSubject#agencyCode()} is null), for a step
     * that works on the report only: it needs no query of the assignments.
     */
    @Transactional(readOnly = true)
    public ProcessSubject report(String trackingId) {
        return reportsOfTransaction.current().computeIfAbsent(trackingId, this::find);
    }

    /**
     * Binds the report's active assignment of the agency to the follow-up instance the engine has just started
     * for it, in the engine's transaction, before any task of the instance exists.
     */
    public void bindFollowUp(String trackingId, String agencyCode, String followUpInstanceId) {
        var complaint = report(trackingId);
        assignments
                .findActive(complaint.complaintId(), agencyCode)
                .orElseThrow(() -> new IllegalStateException("Report " + trackingId
                        + " has no active assignment of the agency " + agencyCode + " to follow up."))
                .bindTo(followUpInstanceId);
    }

    /**
     * The instance of AgencyFollowUpProcess that follows up the report's active assignment of the agency, if one does:
     * where something outside the engine (another installation's decision) must reach that agency's follow-up.
     */
    @Transactional(readOnly = true)
    public Optional<String> followUpInstance(long complaintId, String agencyCode) {
        return assignments.findActive(complaintId, agencyCode).map(Assignment::getFollowUpInstanceId);
    }

    private ProcessSubject find(String trackingId) {
        return complaints
                .findByTrackingId(trackingId)
                .map(complaint -> new ProcessSubject(
                        complaint.getId(),
                        complaint.getTrackingId(),
                        complaint.getType(),
                        complaint.getRequestedAgencyCode(),
                        null,
                        complaint.isForwarded(),
                        complaint.isVerificationSkipped()))
                .orElseThrow(() -> new IllegalStateException("No report has the tracking ID " + trackingId
                        + "; the process instance refers to a report that is not in Aduan's tables."));
    }
}
