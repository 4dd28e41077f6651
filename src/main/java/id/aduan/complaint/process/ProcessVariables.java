package id.aduan.complaint.process;

/**
 * The process variables of Aduan's models. They hold the report's id, routing data and decisions of
 * the task forms, never anything about the reporter.
 */
public final class ProcessVariables {

    /** The report's id in Aduan's tables; the tracking ID is the business key. */
    public static final String COMPLAINT_ID = "complaintId";

    public static final String REPORT_TYPE = "reportType";
    public static final String CATEGORY_CODE = "categoryCode";
    /** The top-level category of {@link #CATEGORY_CODE}. */
    public static final String CATEGORY_GROUP_CODE = "categoryGroupCode";

    public static final String REGION_CODE = "regionCode";
    public static final String PROVINCE_CODE = "provinceCode";
    /** The agency the reporter chose, if any. */
    public static final String REQUESTED_AGENCY_CODE = "requestedAgencyCode";
    /** The agencies of {@code ComplaintRoutingDecision.dmn}. */
    public static final String RULE_AGENCY_CODES = "ruleAgencyCodes";

    public static final String COMPLEXITY = "complexity";
    /** The completion target of {@code ComplaintDeadlineDecision.dmn}. */
    public static final String COMPLETION_WORKING_DAYS = "completionWorkingDays";
    /** The agency one instance of the follow-up answers for. */
    public static final String ASSIGNED_AGENCY_CODE = "assignedAgencyCode";

    // Verification form
    public static final String VERIFICATION_DECISION = "verificationDecision";
    /** In the verification form: the agency the verifier chose. In the follow-up process: the agency. */
    public static final String AGENCY_CODE = "agencyCode";

    public static final String ARCHIVE_REASON = "archiveReason";
    public static final String INFO_REQUEST = "infoRequest";

    // Follow-up form
    public static final String FOLLOW_UP_DECISION = "followUpDecision";
    public static final String FOLLOW_UP_TEXT = "followUpText";

    // Re-routing and escalation forms
    public static final String NEW_AGENCY_CODE = "newAgencyCode";
    public static final String ESCALATION_NOTE = "escalationNote";

    private ProcessVariables() {}
}
