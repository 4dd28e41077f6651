package id.aduan.complaint.process;

import static org.mockito.ArgumentMatchers.any;
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
import id.aduan.complaint.AssignmentClock;
import id.aduan.complaint.ComplaintClock;
import id.aduan.complaint.ComplaintDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.complaint.ReportType;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.SeededHolidays;
import id.aduan.routing.AgencyGroups;
import id.aduan.routing.RoutingService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** The notifications the models' send tasks queued, in order. */
    final List<String> notifications = new ArrayList<>();

    /** The agency the reporter chose, if any. */
    String requestedAgencyCode;

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
                .thenReturn(Map.of("trackingId", TRACKING_ID, "title", "Puskesmas tutup"));
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
                        followUps.get(call.<String>getArgument(1))));
        when(subjects.report(TRACKING_ID))
                .thenAnswer(call ->
                        new ProcessSubject(COMPLAINT_ID, TRACKING_ID, ReportType.COMPLAINT, requestedAgencyCode, null));
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

        var executionSubjects = new ExecutionSubjects(subjects);
        var tasks =
                new TaskContextRefresher(taskContext, subjects, engine.getTaskService(), engine.getIdentityService());
        Mocks.register("deadlines", new Deadlines(lifecycle, complaintDeadlines, executionSubjects));
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
        Mocks.register("checkFollowUpInputListener", new CheckFollowUpInputListener());
        Mocks.register(
                "checkReroutingInputListener", new CheckReroutingInputListener(agencies, lifecycle, executionSubjects));
        Mocks.register("checkEscalationNoteListener", new CheckEscalationNoteListener());
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
        Mocks.register("recordFollowUpDelegate", new RecordFollowUpDelegate(lifecycle, executionSubjects));
        Mocks.register("returnForReroutingDelegate", new ReturnForReroutingDelegate(lifecycle, executionSubjects));
        Mocks.register("reassignAgencyDelegate", new ReassignAgencyDelegate(lifecycle, executionSubjects));
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
        "forms/InterveneInOverdueFollowUpForm.form"
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
                new AssignmentClock(assignedAt, assignedAt, 5, 0, 0, null, false, 14, zone, OfficeTimeZone.WIB));
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
                        clock.reporterTimeZone()));
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

    private void agency(String code) {
        var slug = code.toLowerCase(Locale.ROOT);
        agency(code, slug + "-officers", slug + "-supervisors");
    }

    private void agency(String code, String officers, String supervisors) {
        var agency = mock(Agency.class);
        when(agency.getCode()).thenReturn(code);
        when(agency.getOfficerGroupId()).thenReturn(officers);
        when(agency.getSupervisorGroupId()).thenReturn(supervisors);
        when(agencies.get(code)).thenReturn(agency);
        when(agencies.find(eq(code))).thenReturn(Optional.of(agency));
    }
}
