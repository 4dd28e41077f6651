package id.aduan.complaint.process;

import static id.aduan.complaint.process.ComplaintHandlingProcess.*;
import static id.aduan.complaint.process.ProcessFixture.COMPLAINT_ID;
import static id.aduan.complaint.process.ProcessFixture.NATIONAL_ADMINISTRATORS;
import static id.aduan.complaint.process.ProcessFixture.TRACKING_ID;
import static id.aduan.complaint.process.ProcessFixture.date;
import static id.aduan.complaint.process.ProcessFixture.now;
import static id.aduan.complaint.process.ProcessFixture.wib;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_CATEGORY_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_REGION_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_TITLE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.Actor;
import id.aduan.complaint.ArchiveDecision;
import id.aduan.complaint.ArchiveReason;
import id.aduan.complaint.ReportCorrection;
import id.aduan.complaint.ReportProtection;
import id.aduan.deadline.Complexity;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.routing.UnknownRuleAgencyException;
import id.aduan.system.FieldProblemException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ComplaintHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessFixture.engine();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The verification form's corrections as preset with the report's title, category and region. */
    private static final ReportCorrection PRESET = new ReportCorrection("Puskesmas tutup", "HEALTH_FACILITY", "16.06");

    /** A verifier's corrections of a report by SMS. */
    private static final ReportCorrection CORRECTED =
            new ReportCorrection("Jembatan putus di Sungai Lilin", "ROADS", "16.06");

    private ProcessEngine engine;
    private ProcessFixture fixture;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        fixture = new ProcessFixture(engine);
        // Monday 16 March 2026, before Nyepi (19 March) and Idul Fitri (21–22 March) with their cuti bersama
        fixture.verificationStartedAt = now("2026-03-16T09:00");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private ProcessInstance submit() {
        return started(runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID, TRACKING_ID, Variables.createVariables().putValue("complexity", "STANDARD")));
    }

    private static org.camunda.bpm.engine.runtime.Job timer(String activityId) {
        return jobQuery().activityId(activityId).singleResult();
    }

    /** Makes {@code task()} and {@code job()} refer to this instance. */
    private static ProcessInstance started(ProcessInstance instance) {
        assertThat(instance).isStarted();
        return instance;
    }

    private ProcessInstance startAt(String activityId) {
        return started(runtimeService()
                .createProcessInstanceByKey(PROCESS_ID)
                .businessKey(TRACKING_ID)
                .startBeforeActivity(activityId)
                .execute());
    }

    private void as(String userId) {
        engine.getIdentityService().setAuthenticatedUserId(userId);
    }

    @Test
    void walksAComplaintFromSubmissionToCompletion() {
        // given
        fixture.assignedAgencies("DINKES-MUBA");
        fixture.assigned("DINKES-MUBA", wib("2026-03-17T10:00"), OfficeTimeZone.WIB);
        var instance = submit();
        assertThat(instance).isWaitingAt(USER_TASK_VERIFY_COMPLAINT);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS).hasDueDate(date(wib("2026-03-26T23:59:59")));

        // when the verifier verifies it
        now("2026-03-17T10:00");
        as("verifier");
        complete(task(), withVariables("verificationDecision", "VERIFY", "complexity", "STANDARD", "agencyCode", ""));

        // then it is routed by the rules with the DMN's completion target, and the agency works on it
        verify(fixture.lifecycle).route(COMPLAINT_ID, null, PRESET, Complexity.STANDARD, 14, Actor.staff("verifier"));
        assertThat(instance)
                .hasPassed(BUSINESS_RULE_TASK_DETERMINE_COMPLETION_TARGET)
                .isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_BY_AGENCIES)
                .variables()
                .doesNotContainKeys("verificationDecision", "agencyCode", "complexity", "completionWorkingDays");
        var followUp = processInstanceQuery()
                .processDefinitionKey(AgencyFollowUpProcess.PROCESS_ID)
                .singleResult();
        assertThat(followUp).hasBusinessKey(TRACKING_ID);

        // when the agency answers
        as("dinkes-muba-officer");
        complete(
                taskQuery().processInstanceId(followUp.getId()).singleResult(),
                withVariables("followUpDecision", "RESPOND", "followUpText", "Jam layanan kembali normal."));

        // then the reporter is asked, and accepts
        verify(fixture.lifecycle).awaitReporter(COMPLAINT_ID);
        assertThat(instance).isWaitingAt(RECEIVE_TASK_AWAIT_REPORTER_ANSWER);
        runtimeService()
                .createMessageCorrelation(MESSAGE_FOLLOW_UP_ACCEPTED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlate();

        verify(fixture.lifecycle).complete(COMPLAINT_ID);
        assertThat(instance)
                .hasPassed(RECEIVE_TASK_AWAIT_REPORTER_ANSWER)
                .isEnded()
                .hasPassed(END_EVENT_COMPLAINT_COMPLETED);

        // and everyone was told, in this order
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly(
                        "RECEIPT",
                        "VERIFICATION_TASK",
                        "ROUTED",
                        "FOLLOW_UP_TASK",
                        "AGENCY_ANSWER",
                        "ANSWERS_READY",
                        "COMPLETED");
    }

    @Test
    void marksTheVerificationOverdueAfterThreeWorkingDaysAcrossNyepiAndIdulFitri() {
        // given
        var instance = submit();
        assertThat(job()).hasDueDate(date(wib("2026-03-26T23:59:59")));

        // when the deadline passes
        now("2026-03-27T00:00");
        execute(job());

        // then
        verify(fixture.lifecycle).markVerificationOverdue(COMPLAINT_ID);
        assertThat(instance).hasPassed(END_EVENT_VERIFICATION_OVERDUE_MARKED).isWaitingAt(USER_TASK_VERIFY_COMPLAINT);
    }

    @Test
    void archivesAComplaintWithTheVerifiersReason() {
        // given
        var instance = submit();

        // when
        as("verifier");
        complete(
                task(),
                withVariables(
                        "verificationDecision",
                        "ARCHIVE",
                        "archiveReasonCode",
                        "DUPLICATE",
                        "duplicateOf",
                        "ADU-0000-0001",
                        "archiveReason",
                        "Sama dengan laporan tetangga."));

        // then
        var decision = new ArchiveDecision(ArchiveReason.DUPLICATE, "Sama dengan laporan tetangga.", "ADU-0000-0001");
        verify(fixture.lifecycle).checkArchive(COMPLAINT_ID, decision);
        verify(fixture.lifecycle).archive(COMPLAINT_ID, decision, Actor.staff("verifier"));
        assertThat(instance).isEnded().hasPassed(END_EVENT_COMPLAINT_ARCHIVED);
    }

    @Test
    void marksTheReportAnonymousOrConfidentialWhateverTheVerifierDecides() {
        // given
        var instance = submit();

        // when the verifier defers the report, ticking "confidential"
        as("verifier");
        complete(
                task(),
                withVariables(
                        "verificationDecision",
                        "DEFER",
                        "infoRequest",
                        "Di puskesmas mana?",
                        "anonymous",
                        false,
                        "confidential",
                        true));

        // then the flags are set on the report, and do not stay in the instance
        var protection = new ReportProtection(false, true);
        verify(fixture.lifecycle).checkProtection(COMPLAINT_ID, protection);
        verify(fixture.lifecycle).protect(COMPLAINT_ID, protection, Actor.staff("verifier"));
        assertThat(instance).variables().doesNotContainKeys("anonymous", "confidential");
    }

    @Test
    void returnsADeferredComplaintToVerificationWhenTheReporterAnswers() {
        // given a deferred complaint
        var instance = submit();
        now("2026-03-17T11:00");
        as("verifier");
        complete(task(), withVariables("verificationDecision", "DEFER", "infoRequest", "Di puskesmas mana?"));
        assertThat(instance).isWaitingAt(EVENT_BASED_GATEWAY_DEFERRAL_ANSWER);

        // when the reporter answers
        now("2026-03-26T08:00");
        runtimeService()
                .createMessageCorrelation(MESSAGE_REPORTER_REPLIED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlateAll();

        // then it is verified again, within three new working days
        verify(fixture.lifecycle).defer(COMPLAINT_ID, "Di puskesmas mana?", Actor.staff("verifier"));
        verify(fixture.lifecycle).resumeVerification(COMPLAINT_ID);
        assertThat(instance)
                .hasPassed(INTERMEDIATE_CATCH_EVENT_DEFERRAL_ANSWERED)
                .isWaitingAt(USER_TASK_VERIFY_COMPLAINT);
        assertThat(task()).hasDueDate(date(wib("2026-03-31T23:59:59")));
    }

    @Test
    void archivesADeferredComplaintWhenTheReporterDoesNotAnswerWithinTenWorkingDays() {
        // given a complaint deferred on Tuesday 17 March; Good Friday (3 April) is a holiday too
        var instance = submit();
        now("2026-03-17T11:00");
        complete(task(), withVariables("verificationDecision", "DEFER", "infoRequest", "Di puskesmas mana?"));
        assertThat(jobQuery()
                        .activityId(INTERMEDIATE_CATCH_EVENT_DEFERRAL_ANSWER_DEADLINE_REACHED)
                        .singleResult())
                .hasDueDate(date(wib("2026-04-08T23:59:59")));

        // when no answer comes
        now("2026-04-09T00:00");
        execute(jobQuery()
                .activityId(INTERMEDIATE_CATCH_EVENT_DEFERRAL_ANSWER_DEADLINE_REACHED)
                .singleResult());

        // then
        verify(fixture.lifecycle).archiveUnanswered(COMPLAINT_ID);
        verify(fixture.lifecycle, never()).resumeVerification(COMPLAINT_ID);
        assertThat(instance).isEnded().hasPassed(END_EVENT_UNANSWERED_COMPLAINT_ARCHIVED);
    }

    /** A report another installation forwarded for the health office, whose reports skip verification here. */
    private void forwardedStraightToTheHealthOffice() {
        fixture.requestedAgencyCode = "DINKES-MUBA";
        fixture.forwarded = true;
        fixture.verificationSkipped = true;
        fixture.assignedAgencies("DINKES-MUBA");
        fixture.assigned("DINKES-MUBA", wib("2026-03-16T09:00"), OfficeTimeZone.WIB);
    }

    @Test
    void routesAReportAnotherInstallationForwardedStraightToItsAgencyWhenItSkipsVerificationHere() {
        // given a report forwarded for the health office by an installation whose reports skip verification here
        forwardedStraightToTheHealthOffice();

        // when it is filed
        var instance = submit();

        // then nobody verifies it: it is routed at once (to the reporter's agency, as no verifier chose one)
        assertThat(instance)
                .hasPassed(GATEWAY_VERIFICATION_SKIPPED, BUSINESS_RULE_TASK_DETERMINE_COMPLETION_TARGET)
                .hasNotPassed(USER_TASK_VERIFY_COMPLAINT, SEND_TASK_NOTIFY_VERIFIERS)
                .isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_BY_AGENCIES);
        verify(fixture.lifecycle)
                .route(
                        COMPLAINT_ID,
                        null,
                        new ReportCorrection(null, null, null),
                        Complexity.STANDARD,
                        14,
                        Actor.SYSTEM);
        org.assertj.core.api.Assertions.assertThat(
                        taskQuery().taskCandidateGroup("dinkes-muba-officers").count())
                .isOne();
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly("RECEIPT", "ROUTED", "FOLLOW_UP_TASK");
    }

    @Test
    void endsAReportAnotherInstallationForwardedWhenTheAgencyReturnsIt() {
        // given a forwarded report that went straight to the health office
        forwardedStraightToTheHealthOffice();
        var instance = submit();

        // when the health office declares it is not its authority
        as("dinkes-muba-officer");
        complete(
                taskQuery().taskCandidateGroup("dinkes-muba-officers").singleResult(),
                withVariables("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Ini urusan BPJS Kesehatan."));

        // then the report's handling here ends, returned to the installation it came from; no reporter is asked
        verify(fixture.lifecycle)
                .returnToOrigin(
                        COMPLAINT_ID, "DINKES-MUBA", "Ini urusan BPJS Kesehatan.", Actor.staff("dinkes-muba-officer"));
        assertThat(instance)
                .hasPassed(BOUNDARY_EVENT_RETURNED_TO_ORIGIN, END_EVENT_COMPLAINT_RETURNED_TO_ORIGIN)
                .hasNotPassed(SERVICE_TASK_AWAIT_REPORTER)
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(processInstanceQuery().count())
                .isZero();
        verify(fixture.lifecycle, never()).awaitReporter(anyLong());
    }

    @Test
    void verifiesAReportAnotherInstallationForwardedWhenItsReportsDoNotSkipVerification() {
        // given a report forwarded for BPJS Kesehatan, whose installation's reports are verified here
        fixture.requestedAgencyCode = "BPJS-KESEHATAN";
        fixture.forwarded = true;

        // when
        var instance = submit();

        // then it waits for verification, which the agency it was forwarded for may do too
        assertThat(instance).isWaitingAt(USER_TASK_VERIFY_COMPLAINT);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS).hasCandidateGroup("bpjs-kesehatan-officers");
        verify(fixture.lifecycle, never()).route(anyLong(), any(), any(), any(), anyInt(), any());
    }

    @Test
    void verifiesAReportWhateverItsVariablesSayAboutSkippingVerification() {
        // given a report of Aduan's own doors, started with variables that claim it skips verification
        var instance = started(runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID,
                        TRACKING_ID,
                        Variables.createVariables()
                                .putValue("complexity", "STANDARD")
                                .putValue("verificationSkipped", true)
                                .putValue("forwarded", true)));

        // then it is verified as every report is
        assertThat(instance).isWaitingAt(USER_TASK_VERIFY_COMPLAINT);
    }

    @Test
    void letsTheAgencyTheReporterChoseVerifyToo() {
        // when the reporter chose BPJS Kesehatan
        fixture.requestedAgencyCode = "BPJS-KESEHATAN";
        submit();

        // then
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS).hasCandidateGroup("bpjs-kesehatan-officers");
    }

    @Test
    void withoutADecision() {
        submit();

        assertThatThrownBy(() -> complete(task(), withVariables("verificationDecision", "")))
                .hasMessageContaining("verificationDecision is required");
        assertThat(task()).isNotNull();
    }

    @Test
    void withAnUnknownDecision() {
        submit();

        assertThatThrownBy(() -> complete(task(), withVariables("verificationDecision", "APPROVE")))
                .hasMessageContaining("verificationDecision must be one of VERIFY, DEFER, ARCHIVE");
    }

    @Test
    void deferralWithoutAQuestion() {
        submit();

        assertThatThrownBy(() -> complete(task(), withVariables("verificationDecision", "DEFER", "infoRequest", " ")))
                .hasMessageContaining("infoRequest is required");
        verify(fixture.lifecycle, never()).defer(any(Long.class), any(), any());
    }

    @Test
    void archivingWithoutAReason() {
        submit();

        assertThatThrownBy(() -> complete(
                        task(), withVariables("verificationDecision", "ARCHIVE", "archiveReason", "Tidak jelas.")))
                .hasMessageContaining("archiveReasonCode is required: choose one of TOO_GENERAL, NOT_PUBLIC_SERVICE");
        verify(fixture.lifecycle, never()).archive(any(Long.class), any(), any());
    }

    @Test
    void routingToAnUnknownAgency() {
        submit();

        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                "verificationDecision",
                                "VERIFY",
                                "complexity",
                                "SIMPLE",
                                "agencyCode",
                                "DINKES-NOWHERE")))
                .hasMessageContaining("agencyCode 'DINKES-NOWHERE' is not a known agency");
    }

    @Test
    void routingByARuleThatNamesAnAgencyWhichDoesNotExist() {
        submit();
        doThrow(new UnknownRuleAgencyException("DINKES-ATLANTIS"))
                .when(fixture.lifecycle)
                .checkRouting(COMPLAINT_ID, null, PRESET);

        assertThatThrownBy(
                        () -> complete(task(), withVariables("verificationDecision", "VERIFY", "complexity", "SIMPLE")))
                .hasMessageContaining("send this report to 'DINKES-ATLANTIS', which no agency has")
                .hasMessageContaining("choose the agency in agencyCode");
        verify(fixture.lifecycle, never()).route(any(Long.class), any(), any(), any(), any(Integer.class), any());
        assertThat(task()).isNotNull();
    }

    @Test
    void verificationRoutesTheReportWithTheTitleCategoryAndRegionTheVerifierSet() {
        // given a report by SMS, without category and region
        var instance = submit();

        // when the verifier sets them, and a title, submitting the form as Tasklist does
        as("verifier");
        engine.getFormService()
                .submitTaskForm(
                        task().getId(),
                        withVariables(
                                "verificationDecision",
                                "VERIFY",
                                "complexity",
                                "FIELD_INSPECTION",
                                CORRECTED_TITLE,
                                " Jembatan putus di Sungai Lilin ",
                                CORRECTED_CATEGORY_CODE,
                                "ROADS",
                                CORRECTED_REGION_CODE,
                                "16.06"));

        // then they were checked before the task completed, and the routing step applies them
        verify(fixture.lifecycle).checkRouting(COMPLAINT_ID, null, CORRECTED);
        verify(fixture.lifecycle)
                .route(COMPLAINT_ID, null, CORRECTED, Complexity.FIELD_INSPECTION, 60, Actor.staff("verifier"));
        assertThat(instance)
                .hasPassed(SERVICE_TASK_ROUTE_COMPLAINT)
                .variables()
                .doesNotContainKeys(CORRECTED_TITLE, CORRECTED_CATEGORY_CODE, CORRECTED_REGION_CODE);
    }

    @Test
    void verificationStaysOpenNamingTheFieldWhenACorrectionIsRefused() {
        // given
        submit();
        doThrow(new FieldProblemException(
                        "categoryCode", "is not a known category; GET /api/categories lists the valid codes"))
                .when(fixture.lifecycle)
                .checkRouting(eq(COMPLAINT_ID), any(), any());

        // when
        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                "verificationDecision",
                                "VERIFY",
                                "complexity",
                                "SIMPLE",
                                CORRECTED_CATEGORY_CODE,
                                "WEATHER")))
                // then
                .hasMessageContaining("correctedCategoryCode is not a known category");
        verify(fixture.lifecycle, never()).route(any(Long.class), any(), any(), any(), any(Integer.class), any());
        assertThat(task()).isNotNull();
    }

    @Test
    void verificationRefusesACorrectionThatIsNoText() {
        submit();

        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                "verificationDecision", "VERIFY", "complexity", "SIMPLE", CORRECTED_REGION_CODE, 16)))
                .hasMessageContaining("correctedRegionCode must be text");
        verify(fixture.lifecycle, never()).checkRouting(any(Long.class), any(), any());
    }

    @Test
    void deferralLeavesTheReportAsItIsWhateverCorrectionsCameWithIt() {
        // given
        var instance = submit();

        // when the verifier defers it, with corrections the deferral does not use
        as("verifier");
        complete(
                task(),
                withVariables(
                        "verificationDecision",
                        "DEFER",
                        "infoRequest",
                        "Di desa mana jembatan itu?",
                        CORRECTED_CATEGORY_CODE,
                        "WEATHER",
                        CORRECTED_REGION_CODE,
                        "99.99"));

        // then nothing checks or applies them, and the next verification starts without them
        verify(fixture.lifecycle).defer(COMPLAINT_ID, "Di desa mana jembatan itu?", Actor.staff("verifier"));
        verify(fixture.lifecycle, never()).checkRouting(any(Long.class), any(), any());
        assertThat(instance)
                .isWaitingAt(EVENT_BASED_GATEWAY_DEFERRAL_ANSWER)
                .variables()
                .doesNotContainKeys(CORRECTED_CATEGORY_CODE, CORRECTED_REGION_CODE);
    }

    @Test
    void anUnknownComplexity() {
        submit();

        assertThatThrownBy(
                        () -> complete(task(), withVariables("verificationDecision", "VERIFY", "complexity", "HARD")))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
                .hasMessageContaining("complexity must be one of SIMPLE, STANDARD, FIELD_INSPECTION");
    }

    @Test
    void routesToTheVerifiersAgencyAndAsksEveryAssignedAgencyInParallel() {
        // given the verifier picks BPJS Kesehatan and routing assigns it with the health office
        fixture.assignedAgencies("DINKES-MUBA", "BPJS-KESEHATAN");
        fixture.assigned("DINKES-MUBA", wib("2026-03-16T10:00"), OfficeTimeZone.WIB);
        fixture.assigned("BPJS-KESEHATAN", wib("2026-03-16T10:00"), OfficeTimeZone.WIB);
        var instance = submit();

        // when
        complete(
                task(),
                withVariables(
                        "verificationDecision",
                        "VERIFY",
                        "complexity",
                        "FIELD_INSPECTION",
                        "agencyCode",
                        "BPJS-KESEHATAN"));

        // then
        verify(fixture.lifecycle)
                .route(COMPLAINT_ID, "BPJS-KESEHATAN", PRESET, Complexity.FIELD_INSPECTION, 60, Actor.SYSTEM);
        org.assertj.core.api.Assertions.assertThat(
                        taskQuery().taskCandidateGroup("dinkes-muba-officers").count())
                .isOne();
        org.assertj.core.api.Assertions.assertThat(taskQuery()
                        .taskCandidateGroup("bpjs-kesehatan-officers")
                        .count())
                .isOne();

        // when both answer, the reporter is asked once
        for (var followUp : taskQuery()
                .taskDefinitionKey(AgencyFollowUpProcess.USER_TASK_FOLLOW_UP_COMPLAINT)
                .list()) {
            complete(followUp, withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah ditindaklanjuti."));
        }
        verify(fixture.lifecycle).awaitReporter(COMPLAINT_ID);
        assertThat(instance).isWaitingAt(RECEIVE_TASK_AWAIT_REPORTER_ANSWER);
    }

    private void followedUp() {
        // Monday 30 March 2026, when the agency has answered
        fixture.reporterWindowOpenedAt = now("2026-03-30T10:00");
        fixture.assignedAgencies("DINKES-MUBA");
        fixture.assigned("DINKES-MUBA", wib("2026-03-17T10:00"), OfficeTimeZone.WIB);
    }

    @Test
    void closesTheComplaintAfterTenSilentWorkingDays() {
        // given Good Friday (3 April) falls in the window
        followedUp();
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);
        assertThat(instance).isWaitingAt(RECEIVE_TASK_AWAIT_REPORTER_ANSWER);
        assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED)).hasDueDate(date(wib("2026-04-14T23:59:59")));

        // when
        now("2026-04-15T00:00");
        execute(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED));

        // then
        verify(fixture.lifecycle).closeWithoutAnswer(COMPLAINT_ID);
        assertThat(instance).isEnded().hasPassed(END_EVENT_COMPLAINT_CLOSED);
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly("ANSWERS_READY", "CLOSED_WITHOUT_ANSWER");
    }

    @Test
    void closesAReportAnotherInstallationForwardedThirtyDaysAfterItsWindowForLateCallsFromThere() {
        // given the window of a forwarded report ends on 14 April, as any report's (Good Friday in it)
        followedUp();
        fixture.forwarded = true;
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);

        // then its timer waits the grace (aduan.installations.reporter-window-grace, 30 days) longer
        assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED)).hasDueDate(date(wib("2026-05-14T23:59:59")));

        // when a late objection comes within the grace, the report goes back to its agency
        now("2026-04-16T08:00");
        runtimeService()
                .createMessageCorrelation(MESSAGE_FOLLOW_UP_OBJECTED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlate();
        verify(fixture.lifecycle).reopen(COMPLAINT_ID);
        verify(fixture.lifecycle, never()).closeWithoutAnswer(COMPLAINT_ID);
        assertThat(instance).isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_BY_AGENCIES);
    }

    @Test
    void closesAForwardedReportWithoutAnswerWhenTheGraceEndsInSilence() {
        // given
        followedUp();
        fixture.forwarded = true;
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);

        // when
        now("2026-05-15T00:00");
        execute(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED));

        // then
        verify(fixture.lifecycle).closeWithoutAnswer(COMPLAINT_ID);
        assertThat(instance).isEnded().hasPassed(END_EVENT_COMPLAINT_CLOSED);
    }

    @Test
    void remindsTheReporterTwoWorkingDaysBeforeTheWindowCloses() {
        // given
        followedUp();
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);
        assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSING)).hasDueDate(date(wib("2026-04-10T23:59:59")));

        // when
        now("2026-04-11T00:00");
        execute(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSING));

        // then the reporter is reminded and the window stays open
        assertThat(instance).hasPassed(SEND_TASK_REMIND_REPORTER).isWaitingAt(RECEIVE_TASK_AWAIT_REPORTER_ANSWER);
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly("ANSWERS_READY", "WINDOW_CLOSING");
        org.assertj.core.api.Assertions.assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSING))
                .isNull();
    }

    @Test
    void restartsTheWindowWhenTheReporterWrites() {
        // given
        followedUp();
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);

        // when the reporter writes on 13 April (the service restarts the window)
        fixture.reporterWindowOpenedAt = now("2026-04-13T10:00");
        runtimeService()
                .createMessageCorrelation(MESSAGE_REPORTER_REPLIED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlateAll();

        // then the window ends ten working days later
        assertThat(instance)
                .hasPassed(BOUNDARY_EVENT_REPORTER_MESSAGE_RECEIVED)
                .isWaitingAt(RECEIVE_TASK_AWAIT_REPORTER_ANSWER);
        assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED)).hasDueDate(date(wib("2026-04-27T23:59:59")));
        assertThat(timer(BOUNDARY_EVENT_REPORTER_WINDOW_CLOSING)).hasDueDate(date(wib("2026-04-23T23:59:59")));
    }

    @Test
    void sendsTheComplaintBackToTheAgencyWhenTheReporterObjects() {
        // given
        followedUp();
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);

        // when
        runtimeService()
                .createMessageCorrelation(MESSAGE_FOLLOW_UP_OBJECTED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlate();

        // then
        verify(fixture.lifecycle).reopen(COMPLAINT_ID);
        assertThat(instance).hasPassed(SERVICE_TASK_REOPEN_COMPLAINT).isWaitingAt(CALL_ACTIVITY_FOLLOW_UP_BY_AGENCIES);
        assertThat(taskQuery().taskCandidateGroup("dinkes-muba-officers").singleResult())
                .hasDefinitionKey(AgencyFollowUpProcess.USER_TASK_FOLLOW_UP_COMPLAINT);
    }

    @Test
    void completesTheComplaintWhenTheReporterAccepts() {
        // given
        followedUp();
        var instance = startAt(SERVICE_TASK_AWAIT_REPORTER);

        // when
        runtimeService()
                .createMessageCorrelation(MESSAGE_FOLLOW_UP_ACCEPTED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlate();

        // then
        verify(fixture.lifecycle).complete(COMPLAINT_ID);
        verify(fixture.lifecycle, never()).closeWithoutAnswer(COMPLAINT_ID);
        assertThat(instance).isEnded().hasPassed(END_EVENT_COMPLAINT_COMPLETED);
    }

    @Test
    void keepsNothingButTheFormsPresetInTheProcess() throws Exception {
        // given
        var instance = submit();

        // then the report is known by the business key alone, the instance holds the form's presets, and the form's
        // context and choices are the task's
        assertThat(instance)
                .variables()
                .containsOnlyKeys("complexity", CORRECTED_TITLE, CORRECTED_CATEGORY_CODE, CORRECTED_REGION_CODE)
                .containsEntry(CORRECTED_TITLE, "Puskesmas tutup")
                .containsEntry(CORRECTED_CATEGORY_CODE, "HEALTH_FACILITY")
                .containsEntry(CORRECTED_REGION_CODE, "16.06");
        var local = engine.getTaskService().getVariablesLocalTyped(task().getId());
        org.assertj.core.api.Assertions.assertThat(local)
                .containsEntry("trackingId", TRACKING_ID)
                .containsEntry("title", "Puskesmas tutup")
                .containsOnlyKeys("trackingId", "title", "context", "categoryChoices", "regionChoices");
        // the rest of what the form shows is one JSON variable, which Tasklist gives the form parsed
        org.assertj.core.api.Assertions.assertThat(
                        local.getValueTyped("context").getType().getName())
                .isEqualTo("json");
        org.assertj.core.api.Assertions.assertThat(
                        JSON.readTree(local.getValueTyped("context").getValue().toString()))
                .isEqualTo(JSON.readTree("{\"description\": \"Tutup sejak pagi\"}"));
        // as Tasklist reads a select's valuesKey: JSON, no serialized Java object
        org.assertj.core.api.Assertions.assertThat(
                        local.getValueTyped("categoryChoices").getType().getName())
                .isEqualTo("json");
        org.assertj.core.api.Assertions.assertThat(JSON.readTree(
                        local.getValueTyped("regionChoices").getValue().toString()))
                .isEqualTo(JSON.readTree("[{\"label\": \"Sumatera Selatan (16)\", \"value\": \"16\"}]"));
    }

    @Test
    void refusesVariablesThatAreNotFieldsOfTheVerificationForm() {
        // given
        submit();

        // when the verifier submits a variable of their own with the form
        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                "verificationDecision", "ARCHIVE", "archiveReasonCode", "UNCLEAR", "complaintId", 99L)))
                // then the task stays open, naming the field
                .hasMessageContaining("complaintId is not a field of this form");
        verify(fixture.lifecycle, never()).archive(any(Long.class), any(), any());
        assertThat(task()).isNotNull();
    }

    @Test
    void archivesTheReportOfTheBusinessKeyWhateverItsVariablesSay() {
        // given an instance whose variables someone rewrote, as staff with too many rights could
        var instance = submit();
        runtimeService().setVariable(instance.getId(), "complaintId", 99L);
        runtimeService().setVariable(instance.getId(), "requestedAgencyCode", "PLN");

        // when the verification deadline passes
        now("2026-03-27T00:00");
        execute(job());

        // then the step works on the report of the business key, and the task's groups did not change
        verify(fixture.lifecycle).markVerificationOverdue(COMPLAINT_ID);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS);
        org.assertj.core.api.Assertions.assertThat(
                        taskQuery().taskCandidateGroup("pln-officers").count())
                .isZero();
    }
}
