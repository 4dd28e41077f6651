package id.aduan.complaint.process;

/**
 * The process variables of Aduan's models: the fields of the task forms, the results of the decisions that the
 * next step consumes at once, and the agency handed to each follow-up instance when it starts. They never say
 * which report or agency a step is about (see {@link ExecutionSubjects}), and never anything about the reporter.
 */
public final class ProcessVariables {

    /** The verification form's complexity, preset with the category's usual complexity. */
    public static final String COMPLEXITY = "complexity";
    /** The completion target of {@code ComplaintDeadlineDecision.dmn}, consumed by the routing in the same step. */
    public static final String COMPLETION_WORKING_DAYS = "completionWorkingDays";
    /** The input of {@code ComplaintDeadlineDecision.dmn}: the report's type, mapped from Aduan's tables. */
    public static final String REPORT_TYPE = "reportType";
    /**
     * The agency one follow-up instance is started for: the element of the multi-instance call activity, handed to
     * the instance, which binds the agency's assignment to itself at its start and drops the variable.
     */
    public static final String ASSIGNED_AGENCY_CODE = "assignedAgencyCode";

    // Verification form
    public static final String VERIFICATION_DECISION = "verificationDecision";
    /** The agency the verifier chose, or empty to follow the routing. */
    public static final String AGENCY_CODE = "agencyCode";

    /**
     * The title, category and region the verifier sets, preset with the report's when the verification task is
     * created (a report by SMS has neither category nor region): named apart from the task context's {@code title},
     * {@code categoryName} … that the form shows.
     */
    public static final String CORRECTED_TITLE = "correctedTitle";

    public static final String CORRECTED_CATEGORY_CODE = "correctedCategoryCode";
    public static final String CORRECTED_REGION_CODE = "correctedRegionCode";

    /**
     * The anonymous and confidential flags, preset with the report's when the verification task is created; the
     * verifier may set them, never clear them (flags, not anything about who the reporter is).
     */
    public static final String ANONYMOUS = "anonymous";

    public static final String CONFIDENTIAL = "confidential";

    /** Why the report is archived: a name of {@link id.aduan.complaint.ArchiveReason}. */
    public static final String ARCHIVE_REASON_CODE = "archiveReasonCode";
    /** The verifier's own words on archiving (optional). */
    public static final String ARCHIVE_REASON = "archiveReason";
    /** For the reason DUPLICATE: the tracking ID of the report this one repeats. */
    public static final String DUPLICATE_OF = "duplicateOf";

    public static final String INFO_REQUEST = "infoRequest";

    // Follow-up form
    public static final String FOLLOW_UP_DECISION = "followUpDecision";
    public static final String FOLLOW_UP_TEXT = "followUpText";

    // Dispatch form (a government's coordinator): the follow-up's decision and text, or DISPATCH to units with a note
    /** The units the coordinator picked: a JSON list of agency codes, as Tasklist submits a checklist. */
    public static final String UNIT_CODES = "unitCodes";

    public static final String DISPATCH_NOTE = "dispatchNote";
    /** The fields the follow-up and dispatch forms submit, which the step after the decision consumes. */
    static final java.util.List<String> FOLLOW_UP_FIELDS =
            java.util.List.of(FOLLOW_UP_DECISION, FOLLOW_UP_TEXT, UNIT_CODES, DISPATCH_NOTE);

    /**
     * The dispatch one unit's answer is started for: the element of the multi-instance sub-process, which binds the
     * dispatch to its scope at its start and drops the variable.
     */
    public static final String DISPATCH_ID = "dispatchId";

    // Draft and approval forms: local to each unit's answer, so that units answering at once never share them
    public static final String UNIT_ANSWER = "unitAnswer";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String RETURN_REASON = "returnReason";
    /** The fields of a unit's answer, which each of its steps clears when it consumed them. */
    static final java.util.List<String> UNIT_ANSWER_FIELDS =
            java.util.List.of(UNIT_ANSWER, APPROVAL_DECISION, RETURN_REASON);

    // Re-routing and escalation forms
    public static final String NEW_AGENCY_CODE = "newAgencyCode";
    public static final String ESCALATION_NOTE = "escalationNote";

    private ProcessVariables() {}
}
