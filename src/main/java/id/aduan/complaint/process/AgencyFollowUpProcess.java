package id.aduan.complaint.process;

/** Ids in {@code bpmn/AgencyFollowUpProcess.bpmn} that Java refers to. */
public final class AgencyFollowUpProcess {

    public static final String PROCESS_ID = "AgencyFollowUpProcess";

    public static final String START_EVENT_AGENCY_ASSIGNED = "StartEvent_AgencyAssigned";
    public static final String SUB_PROCESS_FOLLOW_UP = "SubProcess_FollowUp";
    public static final String SEND_TASK_NOTIFY_AGENCY = "SendTask_NotifyAgency";
    public static final String USER_TASK_FOLLOW_UP_COMPLAINT = "UserTask_FollowUpComplaint";
    public static final String BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_APPROACHING =
            "BoundaryEvent_FollowUpDeadlineApproaching";
    public static final String SEND_TASK_REMIND_AGENCY_OF_DEADLINE = "SendTask_RemindAgencyOfDeadline";
    public static final String BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_REACHED = "BoundaryEvent_FollowUpDeadlineReached";
    public static final String SERVICE_TASK_MARK_FOLLOW_UP_OVERDUE = "ServiceTask_MarkFollowUpOverdue";
    public static final String SEND_TASK_TELL_AGENCY_OF_MISSED_DEADLINE = "SendTask_TellAgencyOfMissedDeadline";
    public static final String END_EVENT_AGENCY_REMINDED = "EndEvent_AgencyReminded";
    public static final String BOUNDARY_EVENT_SUPERVISOR_ESCALATION_DUE = "BoundaryEvent_SupervisorEscalationDue";
    public static final String SERVICE_TASK_ESCALATE_TO_SUPERVISOR = "ServiceTask_EscalateToSupervisor";
    public static final String SEND_TASK_NOTIFY_SUPERVISOR = "SendTask_NotifySupervisor";
    public static final String USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP = "UserTask_ResolveOverdueFollowUp";
    public static final String SERVICE_TASK_RECORD_SUPERVISOR_NOTE = "ServiceTask_RecordSupervisorNote";
    public static final String END_EVENT_SUPERVISOR_ACTED = "EndEvent_SupervisorActed";
    public static final String BOUNDARY_EVENT_NATIONAL_ESCALATION_DUE = "BoundaryEvent_NationalEscalationDue";
    public static final String SERVICE_TASK_ESCALATE_TO_NATIONAL_ADMINISTRATOR =
            "ServiceTask_EscalateToNationalAdministrator";
    public static final String SEND_TASK_NOTIFY_NATIONAL_ADMINISTRATOR = "SendTask_NotifyNationalAdministrator";
    public static final String USER_TASK_INTERVENE_IN_OVERDUE_FOLLOW_UP = "UserTask_InterveneInOverdueFollowUp";
    public static final String SERVICE_TASK_RECORD_INTERVENTION_NOTE = "ServiceTask_RecordInterventionNote";
    public static final String SERVICE_TASK_RECORD_FOLLOW_UP = "ServiceTask_RecordFollowUp";
    public static final String SEND_TASK_SEND_ANSWER_TO_REPORTER = "SendTask_SendAnswerToReporter";
    public static final String END_EVENT_FOLLOW_UP_GIVEN = "EndEvent_FollowUpGiven";
    public static final String GATEWAY_FORWARDED_BY_INSTALLATION = "Gateway_ForwardedByInstallation";
    public static final String SERVICE_TASK_RETURN_TO_ORIGIN = "ServiceTask_ReturnToOrigin";
    public static final String END_EVENT_RETURNED_TO_ORIGIN = "EndEvent_ReturnedToOrigin";
    public static final String SERVICE_TASK_RETURN_FOR_REROUTING = "ServiceTask_ReturnForRerouting";
    public static final String SEND_TASK_NOTIFY_NATIONAL_ADMINISTRATOR_OF_RETURN =
            "SendTask_NotifyNationalAdministratorOfReturn";
    public static final String USER_TASK_REROUTE_COMPLAINT = "UserTask_RerouteComplaint";
    public static final String SERVICE_TASK_REASSIGN_AGENCY = "ServiceTask_ReassignAgency";
    public static final String SERVICE_TASK_REQUEST_INFORMATION = "ServiceTask_RequestInformation";
    public static final String SEND_TASK_ASK_REPORTER_FOR_INFORMATION = "SendTask_AskReporterForInformation";
    public static final String EVENT_BASED_GATEWAY_INFORMATION_ANSWER = "EventBasedGateway_InformationAnswer";
    public static final String INTERMEDIATE_CATCH_EVENT_INFORMATION_RECEIVED =
            "IntermediateCatchEvent_InformationReceived";
    public static final String INTERMEDIATE_CATCH_EVENT_INFORMATION_DEADLINE_REACHED =
            "IntermediateCatchEvent_InformationDeadlineReached";
    public static final String SERVICE_TASK_RESUME_FOLLOW_UP = "ServiceTask_ResumeFollowUp";
    public static final String SERVICE_TASK_RESUME_WITHOUT_INFORMATION = "ServiceTask_ResumeWithoutInformation";

    public static final String GATEWAY_ANSWER_APPROVAL_REQUIRED = "Gateway_AnswerApprovalRequired";
    public static final String SERVICE_TASK_SUBMIT_ANSWER = "ServiceTask_SubmitAnswer";
    public static final String SEND_TASK_NOTIFY_LIAISON_OFFICERS_OF_ANSWER = "SendTask_NotifyLiaisonOfficersOfAnswer";
    public static final String USER_TASK_APPROVE_AGENCY_ANSWER = "UserTask_ApproveAgencyAnswer";
    public static final String SERVICE_TASK_APPROVE_ANSWER = "ServiceTask_ApproveAnswer";
    public static final String SERVICE_TASK_RETURN_ANSWER = "ServiceTask_ReturnAnswer";
    public static final String SEND_TASK_NOTIFY_AGENCY_OF_RETURN = "SendTask_NotifyAgencyOfReturn";
    public static final String BOUNDARY_EVENT_ANSWER_APPROVAL_DEADLINE_REACHED =
            "BoundaryEvent_AnswerApprovalDeadlineReached";
    public static final String BOUNDARY_EVENT_ANSWER_APPROVAL_SUPERVISOR_ESCALATION_DUE =
            "BoundaryEvent_AnswerApprovalSupervisorEscalationDue";
    public static final String BOUNDARY_EVENT_ANSWER_APPROVAL_NATIONAL_ESCALATION_DUE =
            "BoundaryEvent_AnswerApprovalNationalEscalationDue";

    public static final String GATEWAY_DISPATCHES_TO_UNITS = "Gateway_DispatchesToUnits";
    public static final String USER_TASK_DISPATCH_COMPLAINT = "UserTask_DispatchComplaint";
    public static final String BOUNDARY_EVENT_DISPATCH_DEADLINE_REACHED = "BoundaryEvent_DispatchDeadlineReached";
    public static final String SERVICE_TASK_MARK_DISPATCH_OVERDUE = "ServiceTask_MarkDispatchOverdue";
    public static final String BOUNDARY_EVENT_DISPATCH_SUPERVISOR_ESCALATION_DUE =
            "BoundaryEvent_DispatchSupervisorEscalationDue";
    public static final String BOUNDARY_EVENT_DISPATCH_NATIONAL_ESCALATION_DUE =
            "BoundaryEvent_DispatchNationalEscalationDue";
    public static final String SERVICE_TASK_DISPATCH_TO_UNITS = "ServiceTask_DispatchToUnits";
    public static final String SUB_PROCESS_UNIT_ANSWER = "SubProcess_UnitAnswer";
    public static final String SEND_TASK_NOTIFY_UNIT = "SendTask_NotifyUnit";
    public static final String USER_TASK_DRAFT_ANSWER = "UserTask_DraftAnswer";
    public static final String SERVICE_TASK_RECORD_DRAFT = "ServiceTask_RecordDraft";
    public static final String GATEWAY_APPROVAL_REQUIRED = "Gateway_ApprovalRequired";
    public static final String SEND_TASK_NOTIFY_LIAISON_OFFICERS = "SendTask_NotifyLiaisonOfficers";
    public static final String USER_TASK_APPROVE_ANSWER = "UserTask_ApproveAnswer";
    public static final String SERVICE_TASK_APPROVE_DRAFT = "ServiceTask_ApproveDraft";
    public static final String SERVICE_TASK_RETURN_DRAFT = "ServiceTask_ReturnDraft";
    public static final String SEND_TASK_NOTIFY_UNIT_OF_RETURN = "SendTask_NotifyUnitOfReturn";
    public static final String END_EVENT_UNIT_ANSWERED = "EndEvent_UnitAnswered";
    public static final String BOUNDARY_EVENT_DRAFT_DEADLINE_REACHED = "BoundaryEvent_DraftDeadlineReached";
    public static final String BOUNDARY_EVENT_DRAFT_SUPERVISOR_ESCALATION_DUE =
            "BoundaryEvent_DraftSupervisorEscalationDue";
    public static final String BOUNDARY_EVENT_DRAFT_NATIONAL_ESCALATION_DUE =
            "BoundaryEvent_DraftNationalEscalationDue";
    public static final String BOUNDARY_EVENT_APPROVAL_DEADLINE_REACHED = "BoundaryEvent_ApprovalDeadlineReached";
    public static final String BOUNDARY_EVENT_APPROVAL_SUPERVISOR_ESCALATION_DUE =
            "BoundaryEvent_ApprovalSupervisorEscalationDue";
    public static final String BOUNDARY_EVENT_APPROVAL_NATIONAL_ESCALATION_DUE =
            "BoundaryEvent_ApprovalNationalEscalationDue";
    public static final String SERVICE_TASK_MARK_UNIT_STEP_OVERDUE = "ServiceTask_MarkUnitStepOverdue";
    public static final String SERVICE_TASK_ESCALATE_UNIT_STEP_TO_SUPERVISOR =
            "ServiceTask_EscalateUnitStepToSupervisor";
    public static final String USER_TASK_RESOLVE_OVERDUE_UNIT_STEP = "UserTask_ResolveOverdueUnitStep";
    public static final String SERVICE_TASK_ESCALATE_UNIT_STEP_TO_NATIONAL_ADMINISTRATOR =
            "ServiceTask_EscalateUnitStepToNationalAdministrator";
    public static final String USER_TASK_INTERVENE_IN_OVERDUE_UNIT_STEP = "UserTask_InterveneInOverdueUnitStep";
    public static final String SERVICE_TASK_RECORD_UNIT_ANSWERS = "ServiceTask_RecordUnitAnswers";

    public static final String GATEWAY_SERVED_BY_INSTALLATION = "Gateway_ServedByInstallation";
    public static final String SERVICE_TASK_FORWARD_TO_INSTALLATION = "ServiceTask_ForwardToInstallation";
    public static final String SUB_PROCESS_AWAIT_INSTALLATION = "SubProcess_AwaitInstallation";
    public static final String RECEIVE_TASK_AWAIT_INSTALLATION_DECISION = "ReceiveTask_AwaitInstallationDecision";
    public static final String END_EVENT_INSTALLATION_DECIDED = "EndEvent_InstallationDecided";
    public static final String BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE =
            "BoundaryEvent_InstallationDecisionOverdue";
    public static final String SERVICE_TASK_MARK_INSTALLATION_FOLLOW_UP_OVERDUE =
            "ServiceTask_MarkInstallationFollowUpOverdue";
    public static final String SERVICE_TASK_ESCALATE_INSTALLATION_TO_NATIONAL_ADMINISTRATOR =
            "ServiceTask_EscalateInstallationToNationalAdministrator";
    public static final String SEND_TASK_NOTIFY_NATIONAL_ADMINISTRATOR_OF_INSTALLATION =
            "SendTask_NotifyNationalAdministratorOfInstallation";
    public static final String USER_TASK_INTERVENE_IN_OVERDUE_INSTALLATION = "UserTask_InterveneInOverdueInstallation";
    public static final String SERVICE_TASK_RECORD_INSTALLATION_INTERVENTION_NOTE =
            "ServiceTask_RecordInstallationInterventionNote";
    public static final String END_EVENT_INSTALLATION_INTERVENTION_RECORDED =
            "EndEvent_InstallationInterventionRecorded";
    public static final String GATEWAY_INSTALLATION_DECISION = "Gateway_InstallationDecision";
    public static final String SEND_TASK_SEND_INSTALLATION_ANSWER_TO_REPORTER =
            "SendTask_SendInstallationAnswerToReporter";
    public static final String END_EVENT_INSTALLATION_ANSWERED = "EndEvent_InstallationAnswered";
    public static final String SEND_TASK_ASK_REPORTER_FOR_INSTALLATION = "SendTask_AskReporterForInstallation";
    public static final String MESSAGE_INSTALLATION_DECIDED = "InstallationDecided";

    public static final String FORM_FOLLOW_UP_COMPLAINT = "FollowUpComplaintForm";
    public static final String FORM_DISPATCH_COMPLAINT = "DispatchComplaintForm";
    public static final String FORM_DRAFT_ANSWER = "DraftAnswerForm";
    public static final String FORM_APPROVE_ANSWER = "ApproveAnswerForm";
    public static final String FORM_REROUTE_COMPLAINT = "RerouteComplaintForm";
    public static final String FORM_RESOLVE_OVERDUE_FOLLOW_UP = "ResolveOverdueFollowUpForm";
    public static final String FORM_INTERVENE_IN_OVERDUE_FOLLOW_UP = "InterveneInOverdueFollowUpForm";

    private AgencyFollowUpProcess() {}
}
