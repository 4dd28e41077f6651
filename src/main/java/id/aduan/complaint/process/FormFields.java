package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.ANONYMOUS;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON_CODE;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.CONFIDENTIAL;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_CATEGORY_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_REGION_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_TITLE;
import static id.aduan.complaint.process.ProcessVariables.DUPLICATE_OF;
import static id.aduan.complaint.process.ProcessVariables.ESCALATION_NOTE;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_DECISION;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;
import static id.aduan.complaint.process.ProcessVariables.INFO_REQUEST;
import static id.aduan.complaint.process.ProcessVariables.NEW_AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of each task form in {@code forms/}: the only variables staff may submit when they complete its task.
 * {@code ProcessModelTest} checks them against the forms.
 */
final class FormFields {

    static final Set<String> VERIFY_COMPLAINT = Set.of(
            VERIFICATION_DECISION,
            CORRECTED_TITLE,
            CORRECTED_CATEGORY_CODE,
            CORRECTED_REGION_CODE,
            COMPLEXITY,
            AGENCY_CODE,
            INFO_REQUEST,
            ARCHIVE_REASON_CODE,
            ARCHIVE_REASON,
            DUPLICATE_OF,
            ANONYMOUS,
            CONFIDENTIAL);
    /** The verifier's corrections, which only the decision VERIFY applies. */
    static final List<String> CORRECTIONS = List.of(CORRECTED_TITLE, CORRECTED_CATEGORY_CODE, CORRECTED_REGION_CODE);
    /** The flags the verifier may set whatever they decide. */
    static final List<String> PROTECTION = List.of(ANONYMOUS, CONFIDENTIAL);
    /** The form fields that are checkboxes, the flags: booleans, where every other field is text. */
    static final Set<String> CHECKBOXES = Set.copyOf(PROTECTION);
    /** The fields preset on the instance with the report's values when the verification task is created. */
    static final List<String> PRESETS =
            List.of(CORRECTED_TITLE, CORRECTED_CATEGORY_CODE, CORRECTED_REGION_CODE, ANONYMOUS, CONFIDENTIAL);

    static final Set<String> FOLLOW_UP_COMPLAINT = Set.of(FOLLOW_UP_DECISION, FOLLOW_UP_TEXT);
    static final Set<String> DISPATCH_COMPLAINT =
            Set.of(FOLLOW_UP_DECISION, FOLLOW_UP_TEXT, ProcessVariables.UNIT_CODES, ProcessVariables.DISPATCH_NOTE);
    static final Set<String> DRAFT_ANSWER = Set.of(ProcessVariables.UNIT_ANSWER);
    static final Set<String> APPROVE_ANSWER =
            Set.of(ProcessVariables.APPROVAL_DECISION, ProcessVariables.RETURN_REASON);

    /**
     * The loop variables the engine keeps for a multi-instance activity, which the tasks of a unit's answer see:
     * {@link MultiInstanceCheck} refuses a completion that changed them.
     */
    static final Set<String> LOOP_VARIABLES =
            Set.of("nrOfInstances", "nrOfCompletedInstances", "nrOfActiveInstances", "loopCounter");

    /**
     * The variables a task of a unit's answer sees: the fields of both its forms, declared in its scope, and the
     * engine's loop variables. Each check refuses the other form's fields.
     */
    static final Set<String> UNIT_ANSWER_SCOPE = union(DRAFT_ANSWER, APPROVE_ANSWER, LOOP_VARIABLES);

    static final Set<String> REROUTE_COMPLAINT = Set.of(NEW_AGENCY_CODE);
    static final Set<String> ESCALATION = Set.of(ESCALATION_NOTE);

    /**
     * The task-local JSON variable that holds what a form shows of its task's context, other than what the task cards
     * show: one row, which the form reads as {@code {{context.description}}}. Display only: no step reads it.
     */
    static final String CONTEXT = "context";

    /**
     * What Tasklist's task cards show of the context ({@code security.StaffSetup.TASK_CARDS}): variables of their own,
     * as a filter names the variables it shows, which the forms read as {@code {{trackingId}}}.
     */
    static final Set<String> ON_TASK_CARDS = Set.of("trackingId", "title", "agencyName");

    /** What every form shows of its task's context ({@code ComplaintTaskContext.forTask}). */
    private static final Set<String> REPORT = Set.of(
            "trackingId",
            "reportTypeLabel",
            "title",
            "description",
            "categoryName",
            "regionName",
            "locationText",
            "attachmentLinks",
            "submittedAtText",
            "channelText",
            "confidentialityNotice",
            "caseHistory");

    /**
     * The task context each form shows, by form id: a task keeps only these of it, so that it holds nothing its form
     * never shows; those {@link #ON_TASK_CARDS} as variables of their own, the rest in its {@link #CONTEXT}.
     * {@code ProcessModelTest} checks them against the forms.
     */
    static final Map<String, Set<String>> SHOWN_BY_FORM = Map.of(
            ComplaintHandlingProcess.FORM_VERIFY_COMPLAINT,
            with(REPORT, "dueText", "suggestedRouting"),
            AgencyFollowUpProcess.FORM_FOLLOW_UP_COMPLAINT,
            with(REPORT, "agencyName", "assignedAgencies", "dueText", "completionDueText"),
            AgencyFollowUpProcess.FORM_REROUTE_COMPLAINT,
            with(REPORT, "agencyName"),
            AgencyFollowUpProcess.FORM_RESOLVE_OVERDUE_FOLLOW_UP,
            with(REPORT, "agencyName", "followUpDueText"),
            AgencyFollowUpProcess.FORM_INTERVENE_IN_OVERDUE_FOLLOW_UP,
            with(REPORT, "agencyName", "followUpDueText"),
            AgencyFollowUpProcess.FORM_DISPATCH_COMPLAINT,
            with(REPORT, "agencyName", "assignedAgencies", "dueText", "completionDueText"),
            AgencyFollowUpProcess.FORM_DRAFT_ANSWER,
            with(REPORT, "agencyName", "dueText"),
            AgencyFollowUpProcess.FORM_APPROVE_ANSWER,
            with(REPORT, "agencyName", "dueText"));

    /** What the unit's forms show of the unit's part beside the report ({@code LoadDispatchContextListener}). */
    static final Map<String, Set<String>> SHOWN_BESIDE_REPORT = Map.of(
            AgencyFollowUpProcess.FORM_FOLLOW_UP_COMPLAINT,
            LoadAnswerContextListener.SHOWN_TO_AGENCY,
            AgencyFollowUpProcess.FORM_DISPATCH_COMPLAINT,
            LoadAnswerContextListener.SHOWN_TO_AGENCY,
            AgencyFollowUpProcess.FORM_DRAFT_ANSWER,
            LoadDispatchContextListener.SHOWN,
            AgencyFollowUpProcess.FORM_APPROVE_ANSWER,
            LoadDispatchContextListener.SHOWN);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        var names = new HashSet<String>();
        for (var set : sets) {
            names.addAll(set);
        }
        return Set.copyOf(names);
    }

    private static Set<String> with(Set<String> shared, String... more) {
        var names = new HashSet<>(shared);
        names.addAll(List.of(more));
        return Set.copyOf(names);
    }

    /** The fields by form id. */
    static final Map<String, Set<String>> BY_FORM = Map.of(
            ComplaintHandlingProcess.FORM_VERIFY_COMPLAINT, VERIFY_COMPLAINT,
            AgencyFollowUpProcess.FORM_FOLLOW_UP_COMPLAINT, FOLLOW_UP_COMPLAINT,
            AgencyFollowUpProcess.FORM_REROUTE_COMPLAINT, REROUTE_COMPLAINT,
            AgencyFollowUpProcess.FORM_RESOLVE_OVERDUE_FOLLOW_UP, ESCALATION,
            AgencyFollowUpProcess.FORM_INTERVENE_IN_OVERDUE_FOLLOW_UP, ESCALATION,
            AgencyFollowUpProcess.FORM_DISPATCH_COMPLAINT, DISPATCH_COMPLAINT,
            AgencyFollowUpProcess.FORM_DRAFT_ANSWER, DRAFT_ANSWER,
            AgencyFollowUpProcess.FORM_APPROVE_ANSWER, APPROVE_ANSWER);

    private FormFields() {}
}
