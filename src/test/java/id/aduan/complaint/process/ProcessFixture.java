package id.aduan.complaint.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.AgencyAnswers;
import id.aduan.complaint.AssignmentClock;
import id.aduan.complaint.ComplaintClock;
import id.aduan.complaint.ComplaintDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.complaint.DispatchStatus;
import id.aduan.complaint.DispatchedUnit;
import id.aduan.complaint.ForwardedReportProperties;
import id.aduan.complaint.NamedCode;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.UnitDispatches;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.SeededHolidays;
import id.aduan.installation.InstallationForwarding;
import id.aduan.installation.process.ForwardToInstallationDelegate;
import id.aduan.installation.process.InstallationSteps;
import id.aduan.routing.AgencyGroups;
import id.aduan.routing.RoutingService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The beans the models call, as in production: real delegates, listeners and deadline expressions
 * over mocked services, with the real working-day calendar and the seeded holidays. The mocked
 * lifecycle answers with the clocks a test sets, as the real one answers from its tables.
 */
final class ProcessFixture {

    static final long COMPLAINT_ID = 1L;
    static final String TRACKING_ID = "ADU-TEST-0001";
    static final String NATIONAL_ADMINISTRATORS = "national-admins";

    final ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
    final ProcessSubjects subjects = mock(ProcessSubjects.class);
    final ComplaintTaskContext taskContext = mock(ComplaintTaskContext.class);
    final AgencyService agencies = mock(AgencyService.class);
    final RoutingService routing = mock(RoutingService.class);
    final ComplaintDeadlines complaintDeadlines =
            new ComplaintDeadlines(SeededHolidays.calendar(), DeadlineProperties.defaults());

    final UnitDispatches dispatches = mock(UnitDispatches.class);
    final AgencyAnswers answers = mock(AgencyAnswers.class);
    final InstallationForwarding forwarding = mock(InstallationForwarding.class);

    /** The agencies whose own answers their government's liaison officers approve. */
    final Set<String> approvingAgencies = new HashSet<>();

    /** The answer waiting for approval and the latest reason for returning one, by agency, as the assignments keep them. */
    final Map<String, String> pendingAnswers = new HashMap<>();

    final Map<String, String> returnReasons = new HashMap<>();

    /** The units of each government, by code, as the agencies' table lists them. */
    final Map<String, List<NamedCode>> units = new HashMap<>();

    /** The governments whose liaison officers approve their units' drafts. */
    final Set<String> approvingGovernments = new HashSet<>();

    /** The units' parts of the governments' answers, as the real service keeps them in its table. */
    final Map<Long, Dispatch> dispatchTable = new LinkedHashMap<>();

    /** One row of the units' parts: which engine scope it is bound to, its status and texts. */
    static final class Dispatch {
        final long id;
        final String governmentCode;
        final String unitCode;
        final String note;
        DispatchStatus status = DispatchStatus.DRAFTING;
        String scope;
        String draft;
        String returnReason;

        Dispatch(long id, String governmentCode, String unitCode, String note) {
            this.id = id;
            this.governmentCode = governmentCode;
            this.unitCode = unitCode;
            this.note = note;
        }

        DispatchedUnit view() {
            return new DispatchedUnit(id, unitCode, governmentCode, status);
        }
    }

    /** The notifications the models' send tasks queued, in order. */
    final List<String> notifications = new ArrayList<>();

    /** The agency the reporter chose, if any. */
    String requestedAgencyCode;

    /** Whether another Aduan installation forwarded the report, and whether it skipped verification here. */
    boolean forwarded;

    boolean verificationSkipped;

    /** The agency each follow-up instance is bound to, as the real subjects keep it in the assignments. */
    final Map<String, String> followUps = new HashMap<>();

    Instant verificationStartedAt;
    Instant deferredAt;
    Instant reporterWindowOpenedAt;
    final Map<String, AssignmentClock> assignments = new HashMap<>();

    private final ProcessEngine engine;
    private final String deploymentId;

    /** Deploys every model and form, as Aduan deploys them at start-up, and registers the beans. */
    ProcessFixture(ProcessEngine engine) {
        this.engine = engine;
        BpmnAwareTests.init(engine);
        var deployment = engine.getRepositoryService().createDeployment().name("process-test");
        for (var model : MODELS) {
            deployment.addClasspathResource(model);
        }
        this.deploymentId = deployment.deploy().getId();
        when(lifecycle.clock(anyLong()))
                .thenAnswer(call -> new ComplaintClock(
                        verificationStartedAt, deferredAt, reporterWindowOpenedAt, OfficeTimeZone.WIB));
        // the clocks move as the real lifecycle moves them
        doAnswer(call -> deferredAt = ClockUtil.getCurrentTime().toInstant())
                .when(lifecycle)
                .defer(anyLong(), any(), any());
        doAnswer(call -> verificationStartedAt = ClockUtil.getCurrentTime().toInstant())
                .when(lifecycle)
                .resumeVerification(anyLong());
        doAnswer(call -> reporterWindowOpenedAt = ClockUtil.getCurrentTime().toInstant())
                .when(lifecycle)
                .awaitReporter(anyLong());
        when(lifecycle.assignmentClock(anyLong(), anyString()))
                .thenAnswer(call -> assignments.get(call.<String>getArgument(1)));
        when(taskContext.forTask(any(), any()))
                .thenReturn(Map.of(
                        "trackingId", TRACKING_ID, "title", "Puskesmas tutup", "description", "Tutup sejak pagi"));
        when(taskContext.forVerification(COMPLAINT_ID))
                .thenReturn(Map.of(
                        ProcessVariables.CORRECTED_TITLE,
                        "Puskesmas tutup",
                        ProcessVariables.CORRECTED_CATEGORY_CODE,
                        "HEALTH_FACILITY",
                        ProcessVariables.CORRECTED_REGION_CODE,
                        "16.06",
                        "categoryChoices",
                        List.of(Map.of("label", "Kesehatan (HEALTH)", "value", "HEALTH")),
                        "regionChoices",
                        List.of(Map.of("label", "Sumatera Selatan (16)", "value", "16"))));
        // the report of the business key, and the agency bound to the follow-up instance
        when(subjects.of(eq(TRACKING_ID), anyString()))
                .thenAnswer(call -> new ProcessSubject(
                        COMPLAINT_ID,
                        TRACKING_ID,
                        ReportType.COMPLAINT,
                        requestedAgencyCode,
                        followUps.get(call.<String>getArgument(1)),
                        forwarded,
                        verificationSkipped));
        when(subjects.report(TRACKING_ID))
                .thenAnswer(call -> new ProcessSubject(
                        COMPLAINT_ID,
                        TRACKING_ID,
                        ReportType.COMPLAINT,
                        requestedAgencyCode,
                        null,
                        forwarded,
                        verificationSkipped));
        doAnswer(call -> followUps.put(call.getArgument(2), call.getArgument(1)))
                .when(subjects)
                .bindFollowUp(eq(TRACKING_ID), anyString(), anyString());
        // a re-routed agency follows up in the same instance
        doAnswer(call -> {
                    followUps.replaceAll(
                            (instance, agency) -> agency.equals(call.getArgument(1)) ? call.getArgument(2) : agency);
                    return null;
                })
                .when(lifecycle)
                .reroute(anyLong(), anyString(), anyString(), any());
        when(agencies.find(anyString())).thenReturn(Optional.empty());
        when(agencies.find(isNull())).thenReturn(Optional.empty());
        when(routing.nationalAdministrator()).thenReturn("ADMIN-NASIONAL");
        agency("ADMIN-NASIONAL", NATIONAL_ADMINISTRATORS, NATIONAL_ADMINISTRATORS);
        agency("DINKES-MUBA");
        agency("BPJS-KESEHATAN");
        agency("DINKES-KUKAR");

        stubUnitDispatches();
        stubAgencyAnswers();
        var executionSubjects = new ExecutionSubjects(subjects, dispatches);
        var tasks = new TaskContextRefresher(
                taskContext, subjects, engine.getTaskService(), engine.getIdentityService(), new ObjectMapper());
        Mocks.register(
                "deadlines",
                new Deadlines(
                        lifecycle,
                        complaintDeadlines,
                        executionSubjects,
                        dispatches,
                        ForwardedReportProperties.defaults()));
        Mocks.register("unitAnswers", new UnitAnswers(dispatches, executionSubjects));
        Mocks.register("bindDispatchListener", new BindDispatchListener(dispatches, executionSubjects));
        Mocks.register(
                "loadUnitChoicesListener",
                new LoadUnitChoicesListener(dispatches, executionSubjects, new ObjectMapper()));
        Mocks.register("loadDispatchContextListener", new LoadDispatchContextListener(dispatches, executionSubjects));
        Mocks.register("checkDispatchInputListener", new CheckDispatchInputListener(dispatches, executionSubjects));
        Mocks.register("checkDraftInputListener", new CheckDraftInputListener(dispatches, executionSubjects));
        Mocks.register("checkApprovalInputListener", new CheckApprovalInputListener(dispatches, executionSubjects));
        Mocks.register("dispatchToUnitsDelegate", new DispatchToUnitsDelegate(dispatches, executionSubjects));
        Mocks.register("recordDraftDelegate", new RecordDraftDelegate(dispatches, executionSubjects));
        Mocks.register("approveDraftDelegate", new ApproveDraftDelegate(dispatches, executionSubjects));
        Mocks.register("returnDraftDelegate", new ReturnDraftDelegate(dispatches, executionSubjects));
        Mocks.register("recordUnitAnswersDelegate", new RecordUnitAnswersDelegate(dispatches, executionSubjects));
        Mocks.register("markStepOverdueDelegate", new MarkStepOverdueDelegate(dispatches, executionSubjects));
        Mocks.register("candidateGroups", new CandidateGroups(new AgencyGroups(agencies, routing), executionSubjects));
        Mocks.register("complaintAssignments", new ComplaintAssignments(lifecycle, executionSubjects));
        Mocks.register("reportFacts", new ReportFacts(executionSubjects));
        Mocks.register("bindAssignmentListener", new BindAssignmentListener(subjects));
        when(taskContext.agencyChoices())
                .thenReturn(List.of(new ComplaintTaskContext.Choice(
                        "Dinas Kesehatan Kabupaten Musi Banyuasin (DINKES-MUBA)", "DINKES-MUBA")));
        Mocks.register(
                "loadTaskContextListener",
                new LoadTaskContextListener(
                        tasks, executionSubjects, new FormChoices(taskContext, new ObjectMapper())));
        Mocks.register(
                "loadVerificationChoicesListener",
                new LoadVerificationChoicesListener(taskContext, executionSubjects, new ObjectMapper()));
        Mocks.register("startHandlingListener", new StartHandlingListener(lifecycle, executionSubjects));
        Mocks.register("checkAssigneeListener", new CheckAssigneeListener());
        Mocks.register(
                "checkVerificationInputListener",
                new CheckVerificationInputListener(agencies, lifecycle, executionSubjects));
        Mocks.register("protectReportListener", new ProtectReportListener(lifecycle, executionSubjects));
        Mocks.register("checkFollowUpInputListener", new CheckFollowUpInputListener());
        Mocks.register(
                "checkReroutingInputListener", new CheckReroutingInputListener(agencies, lifecycle, executionSubjects));
        Mocks.register("checkEscalationNoteListener", new CheckEscalationNoteListener(dispatches, executionSubjects));
        Mocks.register("queueNotificationDelegate", (JavaDelegate)
                execution -> notifications.add(String.valueOf(execution.getVariableLocal("notification"))));
        Mocks.register(
                "markVerificationOverdueDelegate", new MarkVerificationOverdueDelegate(lifecycle, executionSubjects));
        Mocks.register("archiveComplaintDelegate", new ArchiveComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("deferComplaintDelegate", new DeferComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("resumeVerificationDelegate", new ResumeVerificationDelegate(lifecycle, executionSubjects));
        Mocks.register(
                "archiveUnansweredComplaintDelegate",
                new ArchiveUnansweredComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("routeComplaintDelegate", new RouteComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("awaitReporterDelegate", new AwaitReporterDelegate(lifecycle, executionSubjects));
        Mocks.register("completeComplaintDelegate", new CompleteComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("reopenComplaintDelegate", new ReopenComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("closeComplaintDelegate", new CloseComplaintDelegate(lifecycle, executionSubjects));
        Mocks.register("markFollowUpOverdueDelegate", new MarkFollowUpOverdueDelegate(lifecycle, executionSubjects));
        Mocks.register("escalateToSupervisorDelegate", new EscalateToSupervisorDelegate(lifecycle, executionSubjects));
        Mocks.register(
                "escalateToNationalAdministratorDelegate",
                new EscalateToNationalAdministratorDelegate(lifecycle, executionSubjects));
        Mocks.register("recordEscalationNoteDelegate", new RecordEscalationNoteDelegate(lifecycle, executionSubjects));
        Mocks.register("recordFollowUpDelegate", new RecordFollowUpDelegate(answers, executionSubjects));
        Mocks.register("answerApprovals", new AnswerApprovals(answers, executionSubjects));
        Mocks.register("loadAnswerContextListener", new LoadAnswerContextListener(answers, executionSubjects));
        Mocks.register("checkAnswerApprovalInputListener", new CheckAnswerApprovalInputListener());
        Mocks.register("submitAnswerDelegate", new SubmitAnswerDelegate(answers, executionSubjects));
        Mocks.register("approveAnswerDelegate", new ApproveAnswerDelegate(answers, executionSubjects));
        Mocks.register("returnAnswerDelegate", new ReturnAnswerDelegate(answers, executionSubjects));
        Mocks.register("returnForReroutingDelegate", new ReturnForReroutingDelegate(lifecycle, executionSubjects));
        Mocks.register("returnToOriginDelegate", new ReturnToOriginDelegate(lifecycle, executionSubjects));
        Mocks.register("reassignAgencyDelegate", new ReassignAgencyDelegate(lifecycle, executionSubjects));
        Mocks.register("installationSteps", new InstallationSteps(forwarding, subjects));
        Mocks.register("forwardToInstallationDelegate", new ForwardToInstallationDelegate(forwarding, subjects));
        Mocks.register("requestInformationDelegate", new RequestInformationDelegate(lifecycle, executionSubjects));
        Mocks.register("resumeFollowUpDelegate", new ResumeFollowUpDelegate(lifecycle, executionSubjects));
        Mocks.register(
                "resumeWithoutInformationDelegate", new ResumeWithoutInformationDelegate(lifecycle, executionSubjects));
    }

    static final String[] MODELS = {
        "bpmn/ComplaintHandlingProcess.bpmn",
        "bpmn/AgencyFollowUpProcess.bpmn",
        "bpmn/ComplaintRoutingDecision.dmn",
        "bpmn/ComplaintDeadlineDecision.dmn",
        "bpmn/NotificationDeliveryProcess.bpmn",
        "forms/VerifyComplaintForm.form",
        "forms/FollowUpComplaintForm.form",
        "forms/RerouteComplaintForm.form",
        "forms/ResolveOverdueFollowUpForm.form",
        "forms/InterveneInOverdueFollowUpForm.form",
        "forms/DispatchComplaintForm.form",
        "forms/DraftAnswerForm.form",
        "forms/ApproveAnswerForm.form"
    };

    /** The in-memory engine of the process tests (not named camunda.cfg.xml: see the file). */
    static ProcessEngineExtension engine() {
        return ProcessEngineExtension.builder()
                .configurationResource("process-test.camunda.cfg.xml")
                .build();
    }

    /** A staff member in a group, as Camunda Admin would make them. */
    void staff(String userId, String groupId) {
        var identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            identity.saveGroup(identity.newGroup(groupId));
        }
        identity.saveUser(identity.newUser(userId));
        identity.createMembership(userId, groupId);
    }

    /** Removes the models with every instance, the staff, the signed-in user, the moved clock and the beans. */
    void close() {
        var identity = engine.getIdentityService();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
        identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
        Mocks.reset();
    }

    /** Routes the report to these agencies, in this order. */
    void assignedAgencies(String... agencyCodes) {
        when(lifecycle.activeAgencyCodes(COMPLAINT_ID)).thenReturn(List.of(agencyCodes));
    }

    /** An agency's clock as the lifecycle keeps it: routed at {@code assignedAt}, 5 working days to follow up. */
    void assigned(String agencyCode, Instant assignedAt, OfficeTimeZone zone) {
        assignments.put(
                agencyCode,
                new AssignmentClock(
                        assignedAt, assignedAt, 5, 0, 0, null, false, 14, zone, OfficeTimeZone.WIB, null, null));
    }

    void paused(String agencyCode, Instant since) {
        var clock = assignments.get(agencyCode);
        assignments.put(
                agencyCode,
                new AssignmentClock(
                        clock.assignedAt(),
                        clock.clockStartedAt(),
                        clock.clockWorkingDays(),
                        clock.clockPausedWorkingDays(),
                        clock.totalPausedWorkingDays(),
                        since,
                        clock.reopened(),
                        clock.completionWorkingDays(),
                        clock.agencyTimeZone(),
                        clock.reporterTimeZone(),
                        null,
                        clock.travelledCompletionDue()));
    }

    /** The installation that serves the agency reported its follow-up deadline, which the assignment keeps. */
    void travelled(String agencyCode, Instant followUpDue) {
        var clock = assignments.get(agencyCode);
        assignments.put(
                agencyCode,
                new AssignmentClock(
                        clock.assignedAt(),
                        clock.clockStartedAt(),
                        clock.clockWorkingDays(),
                        clock.clockPausedWorkingDays(),
                        clock.totalPausedWorkingDays(),
                        clock.pausedSince(),
                        clock.reopened(),
                        clock.completionWorkingDays(),
                        clock.agencyTimeZone(),
                        clock.reporterTimeZone(),
                        followUpDue,
                        clock.travelledCompletionDue()));
    }

    static Instant wib(String localDateTime) {
        return at(localDateTime, OfficeTimeZone.WIB);
    }

    static Instant at(String localDateTime, OfficeTimeZone zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone.zone()).toInstant();
    }

    /** Moves the engine's clock, and so the application's, to a moment given in WIB. */
    static Instant now(String wibDateTime) {
        var now = wib(wibDateTime);
        ClockUtil.setCurrentTime(Date.from(now));
        return now;
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    /** A government with these units, whose liaison officers approve the units' drafts if {@code approves}. */
    void government(String code, boolean approves, String... unitCodes) {
        agency(code);
        var list = new ArrayList<NamedCode>();
        for (var unit : unitCodes) {
            agency(unit);
            list.add(new NamedCode(unit, "Dinas " + unit));
        }
        units.put(code, list);
        if (approves) {
            approvingGovernments.add(code);
        }
    }

    /** The units' parts of a government's answer as the real service finds them: rows of the current round. */
    private List<Dispatch> round(String governmentCode) {
        return dispatchTable.values().stream()
                .filter(dispatch -> dispatch.governmentCode.equals(governmentCode))
                .filter(dispatch -> dispatch.status != DispatchStatus.CLOSED)
                .toList();
    }

    private void stubUnitDispatches() {
        when(dispatches.unitsOf(anyString())).thenAnswer(call -> units.getOrDefault(call.getArgument(0), List.of()));
        when(dispatches.approvalRequired(anyString()))
                .thenAnswer(call -> approvingGovernments.contains(call.<String>getArgument(0)));
        doAnswer(call -> {
                    String government = call.getArgument(1);
                    round(government).forEach(dispatch -> dispatch.status = DispatchStatus.CLOSED);
                    for (String unit : call.<List<String>>getArgument(2)) {
                        var id = dispatchTable.size() + 1L;
                        dispatchTable.put(id, new Dispatch(id, government, unit, call.getArgument(3)));
                    }
                    return null;
                })
                .when(dispatches)
                .dispatch(anyLong(), anyString(), anyList(), any(), any());
        when(dispatches.unboundDispatchIds(anyLong(), anyString()))
                .thenAnswer(call -> round(call.getArgument(1)).stream()
                        .filter(dispatch -> dispatch.scope == null)
                        .map(dispatch -> dispatch.id)
                        .toList());
        doAnswer(call -> dispatchTable.get(call.<Long>getArgument(2)).scope = call.getArgument(3))
                .when(dispatches)
                .bind(anyLong(), anyString(), anyLong(), anyString());
        when(dispatches.bound(anyLong(), any(), anyCollection()))
                .thenAnswer(call -> dispatchTable.values().stream()
                        .filter(dispatch -> dispatch.scope != null
                                && call.<Collection<String>>getArgument(2).contains(dispatch.scope))
                        .map(Dispatch::view)
                        .findFirst());
        when(dispatches.round(anyLong(), anyString()))
                .thenAnswer(call ->
                        round(call.getArgument(1)).stream().map(Dispatch::view).toList());
        when(dispatches.view(anyLong())).thenAnswer(call -> {
            var dispatch = dispatchTable.get(call.<Long>getArgument(0));
            return new UnitDispatches.DispatchView(
                    "Dinas " + dispatch.unitCode,
                    String.valueOf(dispatch.note),
                    String.valueOf(dispatch.draft),
                    String.valueOf(dispatch.returnReason));
        });
        doAnswer(call -> {
                    var dispatch = dispatchTable.get(call.<Long>getArgument(2));
                    dispatch.draft = call.getArgument(3);
                    dispatch.status = approvingGovernments.contains(dispatch.governmentCode)
                            ? DispatchStatus.AWAITING_APPROVAL
                            : DispatchStatus.ANSWERED;
                    return null;
                })
                .when(dispatches)
                .recordDraft(anyLong(), anyString(), anyLong(), any(), any());
        doAnswer(call -> dispatchTable.get(call.<Long>getArgument(1)).status = DispatchStatus.ANSWERED)
                .when(dispatches)
                .approveDraft(anyLong(), anyLong(), any());
        doAnswer(call -> {
                    var dispatch = dispatchTable.get(call.<Long>getArgument(1));
                    dispatch.status = DispatchStatus.RETURNED;
                    dispatch.returnReason = call.getArgument(2);
                    return null;
                })
                .when(dispatches)
                .returnDraft(anyLong(), anyLong(), any(), any());
        doAnswer(call -> {
                    round(call.getArgument(1)).stream()
                            .filter(dispatch -> dispatch.status == DispatchStatus.ANSWERED)
                            .forEach(dispatch -> dispatch.status = DispatchStatus.CLOSED);
                    return null;
                })
                .when(dispatches)
                .recordUnitAnswers(anyLong(), anyString(), any());
    }

    /** A unit a report may be routed to directly, whose answers its government's liaison officers approve. */
    void unitOf(String unitCode, String governmentCode) {
        var government = agencies.get(governmentCode);
        when(agencies.approverOf(unitCode)).thenReturn(government);
    }

    /** The agency service's approval of an agency's own answer, over the maps above, as over the assignments. */
    private void stubAgencyAnswers() {
        when(answers.approvalRequired(anyString()))
                .thenAnswer(call -> approvingAgencies.contains(call.<String>getArgument(0)));
        doAnswer(call -> pendingAnswers.put(call.getArgument(1), call.getArgument(2)))
                .when(answers)
                .submit(anyLong(), anyString(), any(), any());
        doAnswer(call -> {
                    pendingAnswers.remove(call.<String>getArgument(1));
                    return returnReasons.put(call.getArgument(1), call.getArgument(2));
                })
                .when(answers)
                .returnAnswer(anyLong(), anyString(), any(), any());
        when(answers.view(anyLong(), anyString()))
                .thenAnswer(call -> new AgencyAnswers.AnswerView(
                        "Instansi " + call.getArgument(1),
                        pendingAnswers.getOrDefault(call.<String>getArgument(1), "-"),
                        returnReasons.getOrDefault(call.<String>getArgument(1), "-")));
        // the approved answer, where one waits, else the submitted text: recorded as the lifecycle records it
        doAnswer(call -> {
                    String agency = call.getArgument(1);
                    var approved = pendingAnswers.remove(agency);
                    lifecycle.recordFollowUp(
                            call.getArgument(0),
                            agency,
                            approved != null ? approved : call.getArgument(2),
                            call.getArgument(3));
                    return null;
                })
                .when(answers)
                .recordFollowUp(anyLong(), anyString(), any(), any());
    }

    private void agency(String code) {
        var slug = code.toLowerCase(Locale.ROOT);
        agency(code, slug + "-officers", slug + "-supervisors");
    }

    private void agency(String code, String officers, String supervisors) {
        var agency = mock(Agency.class);
        when(agency.getCode()).thenReturn(code);
        when(agency.getOfficerGroupId()).thenReturn(officers);
        when(agency.getSupervisorGroupId()).thenReturn(supervisors);
        when(agency.getLiaisonGroupId()).thenReturn(code.toLowerCase(Locale.ROOT) + "-liaison");
        when(agencies.approverOf(code)).thenReturn(agency);
        when(agencies.get(code)).thenReturn(agency);
        when(agencies.find(eq(code))).thenReturn(Optional.of(agency));
    }
}
