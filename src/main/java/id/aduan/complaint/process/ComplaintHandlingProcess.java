package id.aduan.complaint.process;

/** Ids in {@code bpmn/ComplaintHandlingProcess.bpmn} that Java refers to. */
public final class ComplaintHandlingProcess {

    public static final String PROCESS_ID = "ComplaintHandlingProcess";

    public static final String START_EVENT_COMPLAINT_SUBMITTED = "StartEvent_ComplaintSubmitted";
    public static final String SEND_TASK_SEND_RECEIPT = "SendTask_SendReceipt";
    public static final String GATEWAY_VERIFICATION_SKIPPED = "Gateway_VerificationSkipped";
    public static final String GATEWAY_ROUTING_JOIN = "Gateway_RoutingJoin";
    public static final String SEND_TASK_NOTIFY_VERIFIERS = "SendTask_NotifyVerifiers";
    public static final String USER_TASK_VERIFY_COMPLAINT = "UserTask_VerifyComplaint";
    public static final String BOUNDARY_EVENT_VERIFICATION_DEADLINE_REACHED =
            "BoundaryEvent_VerificationDeadlineReached";
    public static final String SERVICE_TASK_MARK_VERIFICATION_OVERDUE = "ServiceTask_MarkVerificationOverdue";
    public static final String END_EVENT_VERIFICATION_OVERDUE_MARKED = "EndEvent_VerificationOverdueMarked";
    public static final String SERVICE_TASK_ARCHIVE_COMPLAINT = "ServiceTask_ArchiveComplaint";
    public static final String SEND_TASK_TELL_REPORTER_OF_ARCHIVING = "SendTask_TellReporterOfArchiving";
    public static final String END_EVENT_COMPLAINT_ARCHIVED = "EndEvent_ComplaintArchived";
    public static final String SERVICE_TASK_DEFER_COMPLAINT = "ServiceTask_DeferComplaint";
    public static final String SEND_TASK_ASK_REPORTER_FOR_DETAILS = "SendTask_AskReporterForDetails";
    public static final String EVENT_BASED_GATEWAY_DEFERRAL_ANSWER = "EventBasedGateway_DeferralAnswer";
    public static final String INTERMEDIATE_CATCH_EVENT_DEFERRAL_ANSWERED = "IntermediateCatchEvent_DeferralAnswered";
    public static final String INTERMEDIATE_CATCH_EVENT_DEFERRAL_ANSWER_DEADLINE_REACHED =
            "IntermediateCatchEvent_DeferralAnswerDeadlineReached";
    public static final String SERVICE_TASK_RESUME_VERIFICATION = "ServiceTask_ResumeVerification";
    public static final String SERVICE_TASK_ARCHIVE_UNANSWERED_COMPLAINT = "ServiceTask_ArchiveUnansweredComplaint";
    public static final String SEND_TASK_TELL_REPORTER_OF_UNANSWERED_ARCHIVING =
            "SendTask_TellReporterOfUnansweredArchiving";
    public static final String END_EVENT_UNANSWERED_COMPLAINT_ARCHIVED = "EndEvent_UnansweredComplaintArchived";
    public static final String BUSINESS_RULE_TASK_DETERMINE_COMPLETION_TARGET =
            "BusinessRuleTask_DetermineCompletionTarget";
    public static final String SERVICE_TASK_ROUTE_COMPLAINT = "ServiceTask_RouteComplaint";
    public static final String SEND_TASK_TELL_REPORTER_OF_ROUTING = "SendTask_TellReporterOfRouting";
    public static final String CALL_ACTIVITY_FOLLOW_UP_BY_AGENCIES = "CallActivity_FollowUpByAgencies";
    public static final String BOUNDARY_EVENT_RETURNED_TO_ORIGIN = "BoundaryEvent_ReturnedToOrigin";
    public static final String END_EVENT_COMPLAINT_RETURNED_TO_ORIGIN = "EndEvent_ComplaintReturnedToOrigin";
    public static final String SERVICE_TASK_AWAIT_REPORTER = "ServiceTask_AwaitReporter";
    public static final String SEND_TASK_SEND_ANSWERS_TO_REPORTER = "SendTask_SendAnswersToReporter";
    public static final String RECEIVE_TASK_AWAIT_REPORTER_ANSWER = "ReceiveTask_AwaitReporterAnswer";
    public static final String BOUNDARY_EVENT_FOLLOW_UP_OBJECTED = "BoundaryEvent_FollowUpObjected";
    public static final String BOUNDARY_EVENT_REPORTER_MESSAGE_RECEIVED = "BoundaryEvent_ReporterMessageReceived";
    public static final String BOUNDARY_EVENT_REPORTER_WINDOW_CLOSING = "BoundaryEvent_ReporterWindowClosing";
    public static final String SEND_TASK_REMIND_REPORTER = "SendTask_RemindReporter";
    public static final String BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED = "BoundaryEvent_ReporterWindowClosed";
    public static final String SERVICE_TASK_COMPLETE_COMPLAINT = "ServiceTask_CompleteComplaint";
    public static final String SEND_TASK_TELL_REPORTER_OF_COMPLETION = "SendTask_TellReporterOfCompletion";
    public static final String END_EVENT_COMPLAINT_COMPLETED = "EndEvent_ComplaintCompleted";
    public static final String SERVICE_TASK_REOPEN_COMPLAINT = "ServiceTask_ReopenComplaint";
    public static final String SERVICE_TASK_CLOSE_COMPLAINT = "ServiceTask_CloseComplaint";
    public static final String SEND_TASK_TELL_REPORTER_OF_CLOSURE = "SendTask_TellReporterOfClosure";
    public static final String END_EVENT_COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";

    public static final String MESSAGE_REPORTER_REPLIED = "ReporterReplied";
    public static final String MESSAGE_FOLLOW_UP_ACCEPTED = "FollowUpAccepted";
    public static final String MESSAGE_FOLLOW_UP_OBJECTED = "FollowUpObjected";

    public static final String FORM_VERIFY_COMPLAINT = "VerifyComplaintForm";

    private ComplaintHandlingProcess() {}
}
