package id.aduan.complaint;

import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.internal.UnitDispatch;
import id.aduan.complaint.internal.UnitDispatchRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps inside a government (Pemkab, Pemkot, Pemprov, a ministry) as AgencyFollowUpProcess takes them: its
 * coordinator dispatches a report to one or more of its units (disposisi ke unit kerja), each unit drafts its part,
 * the government's liaison officer (pejabat penghubung) approves each draft or returns it where the government
 * requires it, and the units' answers go to the reporter as the government's one follow-up. One public method per
 * step, in the transaction of the process step; each records what happened on the report's timeline.
 */
@Service
@Transactional
public class UnitDispatches {

    /** The levels of agency whose coordinator dispatches reports to its units. */
    private static final EnumSet<AgencyLevel> GOVERNMENTS =
            EnumSet.of(AgencyLevel.PROVINCE, AgencyLevel.REGENCY_CITY, AgencyLevel.MINISTRY);

    private final UnitDispatchRepository dispatches;
    private final AssignmentRepository assignments;
    private final ComplaintRepository complaints;
    private final ComplaintLifecycle lifecycle;
    private final AgencyService agencies;
    private final Timeline timeline;
    private final Clock clock;

    UnitDispatches(
            UnitDispatchRepository dispatches,
            AssignmentRepository assignments,
            ComplaintRepository complaints,
            ComplaintLifecycle lifecycle,
            AgencyService agencies,
            Timeline timeline,
            Clock clock) {
        this.dispatches = dispatches;
        this.assignments = assignments;
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * The units a government may dispatch a report to, by name: its agencies of level UNIT. Empty for an agency that
     * is no government, whose officers answer themselves.
     */
    @Transactional(readOnly = true)
    public List<NamedCode> unitsOf(String agencyCode) {
        var agency = agencies.get(agencyCode);
        if (!GOVERNMENTS.contains(agency.getLevel())) {
            return List.of();
        }
        return agencies.list().stream()
                .filter(unit -> unit.getLevel() == AgencyLevel.UNIT && agencyCode.equals(unit.getParentCode()))
                .map(unit -> new NamedCode(unit.getCode(), unit.getName()))
                .sorted(Comparator.comparing(NamedCode::name))
                .toList();
    }

    /** The coordinator dispatches the report to these units of the government, with a note to all of them. */
    public void dispatch(long complaintId, String agencyCode, List<String> unitCodes, String note, Actor actor) {
        var units = unitsOf(agencyCode).stream().map(NamedCode::code).toList();
        var unknown = unitCodes.stream().filter(code -> !units.contains(code)).toList();
        if (unitCodes.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "The agency " + agencyCode + " cannot dispatch the report to " + unknown + "; its units: " + units);
        }
        var complaint = complaint(complaintId);
        var assignment = assignment(complaintId, agencyCode);
        // an earlier round (before a request for information) is history now
        dispatches.findByAssignmentIdOrderById(assignment.getId()).forEach(UnitDispatch::close);
        var now = clock.instant();
        for (var unitCode : unitCodes.stream().distinct().toList()) {
            dispatches.save(new UnitDispatch(assignment.getId(), unitCode, note, now));
            timeline.append(complaint, TimelineEntryType.DISPATCHED_TO_UNIT, actor, unitCode, note);
        }
        complaint.markInProgress();
    }

    /** The dispatches of the government's current round that wait for their unit's answer to start, in order. */
    @Transactional(readOnly = true)
    public List<Long> unboundDispatchIds(long complaintId, String agencyCode) {
        return dispatches
                .findByAssignmentIdOrderById(assignment(complaintId, agencyCode).getId())
                .stream()
                .filter(dispatch -> dispatch.getStatus() != DispatchStatus.CLOSED)
                .filter(dispatch -> dispatch.getActivityInstanceId() == null)
                .map(UnitDispatch::getId)
                .toList();
    }

    /**
     * Binds a dispatch of the government's assignment to the scope the engine has just started for the unit's
     * answer, before any task of it exists.
     */
    public void bind(long complaintId, String agencyCode, long dispatchId, String activityInstanceId) {
        var assignment = assignment(complaintId, agencyCode);
        var dispatch = dispatches
                .findById(dispatchId)
                .filter(found -> Objects.equals(found.getAssignmentId(), assignment.getId()))
                .orElseThrow(() -> new IllegalStateException("The dispatch " + dispatchId + " is not one of the agency "
                        + agencyCode + " on report " + complaintId + "."));
        dispatch.bindTo(activityInstanceId);
    }

    /** The government's current round of dispatches, in the order the units' answers started. */
    @Transactional(readOnly = true)
    public List<DispatchedUnit> round(long complaintId, String agencyCode) {
        return dispatches
                .findByAssignmentIdOrderById(assignment(complaintId, agencyCode).getId())
                .stream()
                .filter(dispatch -> dispatch.getStatus() != DispatchStatus.CLOSED)
                .map(dispatch ->
                        new DispatchedUnit(dispatch.getId(), dispatch.getUnitCode(), agencyCode, dispatch.getStatus()))
                .toList();
    }

    /** The unit's part bound to one of these scopes of the engine, if a step works inside a unit's answer. */
    @Transactional(readOnly = true)
    public Optional<DispatchedUnit> bound(long complaintId, String agencyCode, Collection<String> activityInstanceIds) {
        if (agencyCode == null || activityInstanceIds.isEmpty()) {
            return Optional.empty();
        }
        var assignment = assignments.findActive(complaintId, agencyCode);
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        return dispatches.findBound(assignment.get().getId(), activityInstanceIds).stream()
                .findFirst()
                .map(dispatch ->
                        new DispatchedUnit(dispatch.getId(), dispatch.getUnitCode(), agencyCode, dispatch.getStatus()));
    }

    /**
     * What the unit's task forms show: the unit, the coordinator's note, the draft and why it was returned, as the
     * forms' Markdown shows them ("-" for none).
     */
    @Transactional(readOnly = true)
    public DispatchView view(long dispatchId) {
        var dispatch = dispatch(dispatchId);
        return new DispatchView(
                ComplaintTaskContext.escape(agencies.get(dispatch.getUnitCode()).getName()),
                shown(dispatch.getNote()),
                shown(dispatch.getDraft()),
                shown(dispatch.getReturnReason()));
    }

    private static String shown(String text) {
        return text == null || text.isBlank() ? "-" : ComplaintTaskContext.escape(text);
    }

    /** Whether the government's liaison officer approves each unit's draft before the reporter sees it. */
    @Transactional(readOnly = true)
    public boolean approvalRequired(String agencyCode) {
        return agencies.approverOf(agencyCode).requiresLiaisonApproval();
    }

    /** The unit's officers wrote their part of the answer. */
    public void recordDraft(long complaintId, String agencyCode, long dispatchId, String text, Actor actor) {
        var dispatch = dispatch(dispatchId);
        dispatch.draft(text, approvalRequired(agencyCode), clock.instant());
        timeline.append(
                complaint(complaintId), TimelineEntryType.UNIT_ANSWER_DRAFTED, actor, dispatch.getUnitCode(), text);
    }

    /** The government's liaison officer approved the unit's draft. */
    public void approveDraft(long complaintId, long dispatchId, Actor actor) {
        var dispatch = dispatch(dispatchId);
        dispatch.approve(clock.instant());
        timeline.append(
                complaint(complaintId), TimelineEntryType.UNIT_ANSWER_APPROVED, actor, dispatch.getUnitCode(), null);
    }

    /** The government's liaison officer returned the unit's draft with a reason: the unit drafts again. */
    public void returnDraft(long complaintId, long dispatchId, String reason, Actor actor) {
        var dispatch = dispatch(dispatchId);
        dispatch.returnDraft(reason);
        timeline.append(
                complaint(complaintId), TimelineEntryType.UNIT_ANSWER_RETURNED, actor, dispatch.getUnitCode(), reason);
    }

    /**
     * A step inside the government missed its deadline: the dispatch, a unit's draft or the approval. The last step
     * before the reporter (the approval, or the draft where no approval is needed) is due with the government's
     * follow-up: missing it makes the government's follow-up overdue too, once, as the statistics count it.
     */
    public void markStepOverdue(long complaintId, String agencyCode, Optional<DispatchedUnit> unit) {
        var type = unit.map(part -> part.status().withUnit()
                        ? TimelineEntryType.UNIT_DRAFT_OVERDUE
                        : TimelineEntryType.APPROVAL_OVERDUE)
                .orElse(TimelineEntryType.DISPATCH_OVERDUE);
        var agency = unit.map(DispatchedUnit::responsibleAgencyCode).orElse(agencyCode);
        timeline.append(complaint(complaintId), type, Actor.SYSTEM, agency, null);
        var lastStep = type == TimelineEntryType.APPROVAL_OVERDUE
                || (type == TimelineEntryType.UNIT_DRAFT_OVERDUE && !approvalRequired(agencyCode));
        if (lastStep && assignment(complaintId, agencyCode).getOverdueSince() == null) {
            lifecycle.markFollowUpOverdue(complaintId, agencyCode);
        }
    }

    /**
     * Every unit answered: their answers, each headed by the unit's name, are the government's one follow-up, which
     * the reporter reads and the statistics count once.
     */
    public void recordUnitAnswers(long complaintId, String agencyCode, Actor actor) {
        var answered = dispatches
                .findByAssignmentIdOrderById(assignment(complaintId, agencyCode).getId())
                .stream()
                .filter(dispatch -> dispatch.getStatus() == DispatchStatus.ANSWERED)
                .toList();
        if (answered.isEmpty()) {
            throw new IllegalStateException("No unit of " + agencyCode + " answered report " + complaintId + ".");
        }
        var text = answered.stream()
                .map(dispatch -> agencies.get(dispatch.getUnitCode()).getName() + ":\n" + dispatch.getDraft())
                .collect(Collectors.joining("\n\n"));
        answered.forEach(UnitDispatch::close);
        lifecycle.recordFollowUp(complaintId, agencyCode, text, actor);
    }

    private UnitDispatch dispatch(long dispatchId) {
        return dispatches
                .findById(dispatchId)
                .orElseThrow(() -> new IllegalStateException("No dispatch has the id " + dispatchId + "."));
    }

    private Assignment assignment(long complaintId, String agencyCode) {
        return assignments
                .findActive(complaintId, agencyCode)
                .orElseThrow(() -> new IllegalStateException(
                        "Report " + complaintId + " is not assigned to the agency " + agencyCode + "."));
    }

    private Complaint complaint(long complaintId) {
        return complaints
                .findById(complaintId)
                .orElseThrow(() -> new IllegalStateException("No report has the id " + complaintId + "."));
    }

    /**
     * @param unitName the unit that drafts
     * @param note the coordinator's note to the units
     * @param draft the unit's latest draft, if any
     * @param returnReason why the liaison officer returned the latest draft, if they did
     */
    public record DispatchView(String unitName, String note, String draft, String returnReason) {}
}
