package id.aduan.complaint.process;

import static id.aduan.complaint.process.AgencyFollowUpProcess.*;
import static id.aduan.complaint.process.ProcessFixture.COMPLAINT_ID;
import static id.aduan.complaint.process.ProcessFixture.NATIONAL_ADMINISTRATORS;
import static id.aduan.complaint.process.ProcessFixture.TRACKING_ID;
import static id.aduan.complaint.process.ProcessFixture.at;
import static id.aduan.complaint.process.ProcessFixture.date;
import static id.aduan.complaint.process.ProcessFixture.now;
import static id.aduan.complaint.process.ProcessFixture.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aduan.complaint.Actor;
import id.aduan.complaint.DispatchStatus;
import id.aduan.complaint.DispatchedUnit;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.installation.InstallationDecision;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgencyFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessFixture.engine();

    private ProcessEngine engine;
    private ProcessFixture fixture;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        fixture = new ProcessFixture(engine);
        // routed on Monday 16 March 2026, before Nyepi and Idul Fitri with their cuti bersama
        fixture.assigned("DINKES-MUBA", now("2026-03-16T10:00"), OfficeTimeZone.WIB);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private ProcessInstance assign(String agencyCode) {
        var instance = runtimeService()
                .startProcessInstanceByKey(
                        PROCESS_ID,
                        TRACKING_ID,
                        Variables.createVariables().putValue("assignedAgencyCode", agencyCode));
        assertThat(instance).isStarted();
        return instance;
    }

    private void as(String userId) {
        engine.getIdentityService().setAuthenticatedUserId(userId);
    }

    private org.camunda.bpm.engine.runtime.Job timer(String activityId) {
        return BpmnAwareTests.jobQuery().activityId(activityId).singleResult();
    }

    @Test
    void recordsTheAgencysFollowUpWithinFiveWorkingDays() {
        // given
        var instance = assign("DINKES-MUBA");

        // then the task is due at the end of the fifth working day: 17, 25, 26, 27 and 30 March
        assertThat(instance).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
        assertThat(task()).hasCandidateGroup("dinkes-muba-officers").hasDueDate(date(wib("2026-03-30T23:59:59")));

        // when an officer claims and answers it
        fixture.staff("dinkes-muba-officer", "dinkes-muba-officers");
        claim(task(), "dinkes-muba-officer");
        as("dinkes-muba-officer");
        complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Jam layanan kembali normal."));

        // then
        verify(fixture.lifecycle).startHandling(COMPLAINT_ID, "DINKES-MUBA", Actor.staff("dinkes-muba-officer"));
        verify(fixture.lifecycle)
                .recordFollowUp(
                        COMPLAINT_ID, "DINKES-MUBA", "Jam layanan kembali normal.", Actor.staff("dinkes-muba-officer"));
        assertThat(instance)
                .isEnded()
                .hasPassed(END_EVENT_FOLLOW_UP_GIVEN)
                .variables()
                .doesNotContainKeys("followUpText");
    }

    @Test
    void bindsTheAgencysAssignmentToItselfAndKeepsNoVariableOfIt() {
        // when
        var instance = assign("DINKES-MUBA");

        // then
        verify(fixture.subjects).bindFollowUp(TRACKING_ID, "DINKES-MUBA", instance.getId());
        assertThat(instance).variables().isEmpty();
    }

    @Test
    void refusesVariablesThatAreNotFieldsOfTheFollowUpForm() {
        // given
        assign("DINKES-MUBA");

        // when an officer submits another report's id and another agency with the form
        assertThatThrownBy(() -> complete(
                        task(),
                        withVariables(
                                "followUpDecision", "RESPOND",
                                "followUpText", "Sudah ditangani.",
                                "complaintId", 99L,
                                "agencyCode", "PLN")))
                // then the task stays open, naming the first such field
                .hasMessageContaining("agencyCode is not a field of this form")
                .hasMessageContaining("submit only followUpDecision, followUpText");
        verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());
        assertThat(task()).isNotNull();
    }

    @Test
    void givesTheTaskOnlyToAMemberOfItsCandidateGroups() {
        // given the health office's task, an officer of another agency and the Ombudsman's reader
        assign("DINKES-MUBA");
        fixture.staff("pln-officer", "pln-officers");
        fixture.staff("ombudsman", "oversight");

        // when someone claims it for one of them
        for (var outsider : new String[] {"pln-officer", "ombudsman", "nobody"}) {
            assertThatThrownBy(() -> claim(task(), outsider))
                    // then it is refused, and the task stays with its agency
                    .hasMessageContaining("can only be given to a member of its candidate groups");
        }
        assertThat(task()).isNotAssigned();
        verify(fixture.lifecycle, never()).startHandling(anyLong(), anyString(), any());
    }

    @Test
    void refusesAFormFieldThatIsNoText() {
        // given
        assign("DINKES-MUBA");

        // when the answer comes as an object for the engine to build
        assertThatThrownBy(() -> complete(
                        task(),
                        Variables.createVariables()
                                .putValue("followUpDecision", "RESPOND")
                                .putValueTyped(
                                        "followUpText",
                                        Variables.serializedObjectValue("{}")
                                                .serializationDataFormat("application/json")
                                                .objectTypeName("java.util.HashMap")
                                                .create())))
                // then the task stays open, naming the field
                .hasMessageContaining("followUpText must be text");
        verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());
    }

    @Test
    void escalatesTheBoundAgencyWhateverTheInstancesVariablesSay() {
        // given an instance whose variables someone rewrote, as staff with too many rights could
        var instance = assign("DINKES-MUBA");
        runtimeService().setVariable(instance.getId(), "complaintId", 99L);
        runtimeService().setVariable(instance.getId(), "agencyCode", "PLN");

        // when the follow-up deadline passes
        now("2026-03-31T00:00");
        execute(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_REACHED));

        // then the overdue follow-up is the bound agency's, on the report of the business key
        verify(fixture.lifecycle).markFollowUpOverdue(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(task()).hasCandidateGroup("dinkes-muba-officers");
    }

    @Test
    void endsItsDeadlineAtMidnightInTheAgencysTimeZone() {
        // given Kutai Kartanegara is in WITA
        fixture.assigned("DINKES-KUKAR", wib("2026-03-16T10:00"), OfficeTimeZone.WITA);

        // when
        assign("DINKES-KUKAR");

        // then
        assertThat(task())
                .hasCandidateGroup("dinkes-kukar-officers")
                .hasDueDate(date(at("2026-03-30T23:59:59", OfficeTimeZone.WITA)));
    }

    @Test
    void remindsTheAgencyThenAsksItsSupervisorThenTheNationalAdministrator() {
        // given
        var instance = assign("DINKES-MUBA");
        assertThat(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_REACHED)).hasDueDate(date(wib("2026-03-30T23:59:59")));
        assertThat(timer(BOUNDARY_EVENT_SUPERVISOR_ESCALATION_DUE)).hasDueDate(date(wib("2026-04-01T23:59:59")));
        // Good Friday, 3 April, is no working day
        assertThat(timer(BOUNDARY_EVENT_NATIONAL_ESCALATION_DUE)).hasDueDate(date(wib("2026-04-07T23:59:59")));

        // when the deadline passes
        now("2026-03-31T00:00");
        execute(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_REACHED));

        // then the agency is reminded and keeps its task
        verify(fixture.lifecycle).markFollowUpOverdue(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(instance).hasPassed(END_EVENT_AGENCY_REMINDED).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);

        // when two more working days pass
        now("2026-04-02T00:00");
        execute(timer(BOUNDARY_EVENT_SUPERVISOR_ESCALATION_DUE));

        // then the supervisor is asked to act
        verify(fixture.lifecycle).escalateToSupervisor(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(taskQuery()
                        .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP)
                        .singleResult())
                .hasCandidateGroup("dinkes-muba-supervisors");

        // when five working days have passed since the deadline
        now("2026-04-08T00:00");
        execute(timer(BOUNDARY_EVENT_NATIONAL_ESCALATION_DUE));

        // then the national administrator intervenes
        verify(fixture.lifecycle).escalateToNationalAdministrator(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(taskQuery()
                        .taskDefinitionKey(USER_TASK_INTERVENE_IN_OVERDUE_FOLLOW_UP)
                        .singleResult())
                .hasCandidateGroup(NATIONAL_ADMINISTRATORS);

        // when the agency finally answers
        complete(
                taskQuery().taskDefinitionKey(USER_TASK_FOLLOW_UP_COMPLAINT).singleResult(),
                withVariables("followUpDecision", "RESPOND", "followUpText", "Maaf terlambat; sudah ditindaklanjuti."));

        // then the escalation tasks end with it
        assertThat(instance).isEnded().hasPassed(END_EVENT_FOLLOW_UP_GIVEN);
        org.assertj.core.api.Assertions.assertThat(taskQuery().count()).isZero();
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly(
                        "FOLLOW_UP_TASK",
                        "DEADLINE_MISSED",
                        "ESCALATED_TO_SUPERVISOR",
                        "ESCALATED_TO_NATIONAL_ADMINISTRATOR",
                        "AGENCY_ANSWER");
    }

    @Test
    void remindsTheAgencyAWorkingDayBeforeItsDeadline() {
        // given
        var instance = assign("DINKES-MUBA");
        assertThat(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_APPROACHING)).hasDueDate(date(wib("2026-03-27T23:59:59")));

        // when
        now("2026-03-28T00:00");
        execute(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_APPROACHING));

        // then
        assertThat(instance).hasPassed(SEND_TASK_REMIND_AGENCY_OF_DEADLINE).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
        org.assertj.core.api.Assertions.assertThat(fixture.notifications)
                .containsExactly("FOLLOW_UP_TASK", "DEADLINE_APPROACHING");
    }

    @Test
    void recordsWhatTheSupervisorDidAboutAnOverdueFollowUp() {
        // given an escalated follow-up
        var instance = assign("DINKES-MUBA");
        now("2026-04-02T00:00");
        execute(timer(BOUNDARY_EVENT_SUPERVISOR_ESCALATION_DUE));
        var supervisorTask = taskQuery()
                .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP)
                .singleResult();

        // then a note is required
        assertThatThrownBy(() -> complete(supervisorTask, withVariables("escalationNote", "")))
                .hasMessageContaining("escalationNote is required");

        // when the supervisor notes what was done
        as("dinkes-muba-supervisor");
        complete(supervisorTask, withVariables("escalationNote", "Kepala puskesmas sudah ditegur."));

        // then
        verify(fixture.lifecycle)
                .recordEscalationNote(
                        COMPLAINT_ID,
                        "DINKES-MUBA",
                        "Kepala puskesmas sudah ditegur.",
                        Actor.staff("dinkes-muba-supervisor"));
        assertThat(instance).hasPassed(END_EVENT_SUPERVISOR_ACTED).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
    }

    @Test
    void sendsAComplaintOutsideTheAgencysAuthorityToTheNationalAdministratorForReRouting() {
        // given
        var instance = assign("DINKES-MUBA");

        // when the agency declares it is not its authority
        as("dinkes-muba-officer");
        complete(
                task(),
                withVariables("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Ini urusan BPJS Kesehatan."));

        // then the national administrator re-routes it
        verify(fixture.lifecycle)
                .returnForRerouting(
                        COMPLAINT_ID, "DINKES-MUBA", "Ini urusan BPJS Kesehatan.", Actor.staff("dinkes-muba-officer"));
        assertThat(instance).isWaitingAt(USER_TASK_REROUTE_COMPLAINT);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS);
        // and chooses the agency from a list, JSON as Tasklist reads a select's valuesKey
        var choices = engine.getTaskService().getVariableLocalTyped(task().getId(), "agencyChoices");
        org.assertj.core.api.Assertions.assertThat(choices.getType().getName()).isEqualTo("json");
        org.assertj.core.api.Assertions.assertThat(choices.getValue().toString())
                .contains("\"value\":\"DINKES-MUBA\"");

        // when
        fixture.assigned("BPJS-KESEHATAN", now("2026-03-17T09:00"), OfficeTimeZone.WIB);
        as("verifier");
        complete(task(), withVariables("newAgencyCode", "BPJS-KESEHATAN"));

        // then the new agency works on it, with its own first follow-up deadline
        verify(fixture.lifecycle).reroute(COMPLAINT_ID, "DINKES-MUBA", "BPJS-KESEHATAN", Actor.staff("verifier"));
        assertThat(instance)
                .isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT)
                .variables()
                .isEmpty();
        assertThat(task()).hasCandidateGroup("bpjs-kesehatan-officers").hasDueDate(date(wib("2026-03-31T23:59:59")));
    }

    @Test
    void returnsAReportAnotherInstallationForwardedToThatInstallationWhenItIsNotTheAgencysAuthority() {
        // given a report another installation forwarded
        fixture.forwarded = true;
        var instance = assign("DINKES-MUBA");

        // when the agency declares it is not its authority
        as("dinkes-muba-officer");
        complete(
                task(),
                withVariables("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Ini urusan BPJS Kesehatan."));

        // then the report goes back to that installation with the reason, not to our national administrator
        verify(fixture.lifecycle)
                .returnToOrigin(
                        COMPLAINT_ID, "DINKES-MUBA", "Ini urusan BPJS Kesehatan.", Actor.staff("dinkes-muba-officer"));
        verify(fixture.lifecycle, never()).returnForRerouting(anyLong(), anyString(), any(), any());
        assertThat(instance)
                .hasPassed(
                        GATEWAY_FORWARDED_BY_INSTALLATION, SERVICE_TASK_RETURN_TO_ORIGIN, END_EVENT_RETURNED_TO_ORIGIN)
                .hasNotPassed(USER_TASK_REROUTE_COMPLAINT)
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(fixture.notifications).doesNotContain("REROUTING_TASK");
    }

    @Test
    void rejectsReRoutingToAnUnknownAgencyOrBackToTheSameOne() {
        // given
        assign("DINKES-MUBA");
        complete(
                task(), withVariables("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Bukan wewenang kami."));

        // then
        assertThatThrownBy(() -> complete(task(), withVariables("newAgencyCode", "DINKES-MUBA")))
                .hasMessageContaining("choose another agency");
        assertThatThrownBy(() -> complete(task(), withVariables("newAgencyCode", "DINKES-ATLANTIS")))
                .hasMessageContaining("'DINKES-ATLANTIS' is not a known agency");
        when(fixture.lifecycle.activeAgencyCodes(COMPLAINT_ID)).thenReturn(List.of("DINKES-MUBA", "BPJS-KESEHATAN"));
        assertThatThrownBy(() -> complete(task(), withVariables("newAgencyCode", "BPJS-KESEHATAN")))
                .hasMessageContaining("'BPJS-KESEHATAN' follows the report up already");
        verify(fixture.lifecycle, never()).reroute(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void pausesTheAgencysClockWhileItWaitsForTheReportersInformation() {
        // given
        doAnswer(call -> {
                    fixture.paused("DINKES-MUBA", wib("2026-03-17T10:00"));
                    return null;
                })
                .when(fixture.lifecycle)
                .requestInformation(anyLong(), anyString(), any(), any());
        var instance = assign("DINKES-MUBA");

        // when the agency asks the reporter on Tuesday 17 March
        now("2026-03-17T10:00");
        complete(task(), withVariables("followUpDecision", "REQUEST_INFO", "followUpText", "Kapan puskesmas tutup?"));

        // then it waits ten working days for the answer, and no follow-up deadline runs
        verify(fixture.lifecycle)
                .requestInformation(COMPLAINT_ID, "DINKES-MUBA", "Kapan puskesmas tutup?", Actor.SYSTEM);
        assertThat(instance).isWaitingAt(EVENT_BASED_GATEWAY_INFORMATION_ANSWER);
        assertThat(timer(INTERMEDIATE_CATCH_EVENT_INFORMATION_DEADLINE_REACHED))
                .hasDueDate(date(wib("2026-04-08T23:59:59")));
        org.assertj.core.api.Assertions.assertThat(timer(BOUNDARY_EVENT_FOLLOW_UP_DEADLINE_REACHED))
                .isNull();

        // when the reporter answers
        runtimeService()
                .createMessageCorrelation(ComplaintHandlingProcess.MESSAGE_REPORTER_REPLIED)
                .processInstanceBusinessKey(TRACKING_ID)
                .correlateAll();

        // then the agency's clock resumes
        verify(fixture.lifecycle).resumeFollowUp(COMPLAINT_ID, "DINKES-MUBA", true);
        assertThat(instance)
                .hasPassed(INTERMEDIATE_CATCH_EVENT_INFORMATION_RECEIVED)
                .isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
    }

    @Test
    void resumesTheFollowUpWhenTheReporterDoesNotAnswerWithinTenWorkingDays() {
        // given
        doAnswer(call -> {
                    fixture.paused("DINKES-MUBA", wib("2026-03-17T10:00"));
                    return null;
                })
                .when(fixture.lifecycle)
                .requestInformation(anyLong(), anyString(), any(), any());
        var instance = assign("DINKES-MUBA");
        complete(task(), withVariables("followUpDecision", "REQUEST_INFO", "followUpText", "Kapan puskesmas tutup?"));

        // when
        now("2026-04-09T00:00");
        execute(timer(INTERMEDIATE_CATCH_EVENT_INFORMATION_DEADLINE_REACHED));

        // then
        verify(fixture.lifecycle).resumeFollowUp(COMPLAINT_ID, "DINKES-MUBA", false);
        assertThat(instance)
                .hasPassed(SERVICE_TASK_RESUME_WITHOUT_INFORMATION)
                .isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
    }

    @Test
    void requiresTheTextOfEveryFollowUpDecision() {
        // given
        assign("DINKES-MUBA");

        // then
        assertThatThrownBy(() -> complete(task(), withVariables("followUpDecision", "RESPOND")))
                .hasMessageContaining("followUpText is required for a follow-up");
        assertThatThrownBy(
                        () -> complete(task(), withVariables("followUpDecision", "REQUEST_INFO", "followUpText", "")))
                .hasMessageContaining("followUpText is required to request information");
        assertThatThrownBy(() -> complete(task(), withVariables("followUpDecision", "ANSWER", "followUpText", "x")))
                .hasMessageContaining("followUpDecision must be one of RESPOND, NOT_OUR_AUTHORITY, REQUEST_INFO");
        assertThatThrownBy(() -> complete(
                        task(), withVariables("followUpDecision", "RESPOND", "followUpText", "x".repeat(4001))))
                .hasMessageContaining("shorten it to at most 4000");
        verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());
    }

    /**
     * A report routed to a government with units (Pemkab Musi Banyuasin with its health office and public works
     * office): its coordinator dispatches, the units draft, the liaison officer approves where the government requires.
     */
    @Nested
    class InsideAGovernment {

        @BeforeEach
        void government() {
            fixture.government("PEMKAB-MUBA", false, "DINKES-MUBA", "DPUPR-MUBA");
            fixture.assigned("PEMKAB-MUBA", wib("2026-03-16T10:00"), OfficeTimeZone.WIB);
        }

        private ProcessInstance dispatched(String... unitCodes) {
            var instance = assign("PEMKAB-MUBA");
            dispatch(instance, unitCodes);
            return instance;
        }

        private void dispatch(ProcessInstance instance, String... unitCodes) {
            assertThat(instance).isWaitingAt(USER_TASK_DISPATCH_COMPLAINT);
            fixture.staff("pemkab-muba-officer", "pemkab-muba-officers");
            as("pemkab-muba-officer");
            complete(
                    task(),
                    withVariables(
                            "followUpDecision",
                            "DISPATCH",
                            "unitCodes",
                            SpinValues.jsonValue(toJson(unitCodes)).create(),
                            "dispatchNote",
                            "Mohon dijawab sesuai bidang masing-masing."));
        }

        private static String toJson(String... codes) {
            return Stream.of(codes).map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
        }

        private org.camunda.bpm.engine.task.Task taskOf(String activityId, String candidateGroup) {
            return taskQuery()
                    .taskDefinitionKey(activityId)
                    .taskCandidateGroup(candidateGroup)
                    .singleResult();
        }

        private void draft(String unitCode, String answer) {
            var officers = unitCode.toLowerCase(Locale.ROOT) + "-officers";
            as(unitCode.toLowerCase(Locale.ROOT) + "-officer");
            complete(taskOf(USER_TASK_DRAFT_ANSWER, officers), withVariables("unitAnswer", answer));
        }

        @Test
        void theCoordinatorDispatchesToTwoUnitsWhoseAnswersGoOutAsTheGovernmentsOne() {
            // given
            var instance = assign("PEMKAB-MUBA");

            // then the coordinator's task is due after the first working day, with the government's units to choose
            assertThat(instance).isWaitingAt(USER_TASK_DISPATCH_COMPLAINT);
            assertThat(task())
                    .hasName("Disposisikan ke unit kerja")
                    .hasCandidateGroup("pemkab-muba-officers")
                    .hasDueDate(date(wib("2026-03-17T23:59:59")));
            assertThat(String.valueOf(taskService().getVariableLocal(task().getId(), "unitChoices")))
                    .contains("{\"label\":\"Dinas DINKES-MUBA\",\"value\":\"DINKES-MUBA\"}", "DPUPR-MUBA");

            // when the coordinator dispatches to both units with a note
            dispatch(instance, "DINKES-MUBA", "DPUPR-MUBA");

            // then each unit's officers draft, due at the government's follow-up deadline (no approval needed)
            verify(fixture.dispatches)
                    .dispatch(
                            COMPLAINT_ID,
                            "PEMKAB-MUBA",
                            List.of("DINKES-MUBA", "DPUPR-MUBA"),
                            "Mohon dijawab sesuai bidang masing-masing.",
                            Actor.staff("pemkab-muba-officer"));
            assertThat(instance).isWaitingAt(USER_TASK_DRAFT_ANSWER).variables().doesNotContainKeys("unitCodes");
            var health = taskOf(USER_TASK_DRAFT_ANSWER, "dinkes-muba-officers");
            var works = taskOf(USER_TASK_DRAFT_ANSWER, "dpupr-muba-officers");
            assertThat(health).hasName("Susun jawaban unit kerja").hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(works).hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(taskService().getVariableLocal(health.getId(), "coordinatorNote"))
                    .isEqualTo("Mohon dijawab sesuai bidang masing-masing.");
            assertThat(fixture.notifications)
                    .containsSubsequence("FOLLOW_UP_TASK", "DISPATCHED_TO_UNIT", "DISPATCHED_TO_UNIT");

            // when both units draft
            draft("DINKES-MUBA", "Puskesmas buka kembali.");
            assertThat(instance).isWaitingAt(USER_TASK_DRAFT_ANSWER);
            draft("DPUPR-MUBA", "Jalan diperbaiki.");

            // then the government's one answer is recorded and goes to the reporter
            verify(fixture.dispatches)
                    .recordDraft(
                            COMPLAINT_ID,
                            "PEMKAB-MUBA",
                            1L,
                            "Puskesmas buka kembali.",
                            Actor.staff("dinkes-muba-officer"));
            verify(fixture.dispatches)
                    .recordDraft(
                            COMPLAINT_ID, "PEMKAB-MUBA", 2L, "Jalan diperbaiki.", Actor.staff("dpupr-muba-officer"));
            verify(fixture.dispatches)
                    .recordUnitAnswers(COMPLAINT_ID, "PEMKAB-MUBA", Actor.staff("dpupr-muba-officer"));
            verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());
            assertThat(instance)
                    .isEnded()
                    .hasPassed(SERVICE_TASK_RECORD_UNIT_ANSWERS)
                    .variables()
                    .doesNotContainKeys("unitCodes", "dispatchNote", "followUpDecision", "dispatchId");
            assertThat(fixture.notifications).endsWith("AGENCY_ANSWER");
        }

        @Test
        void theLiaisonOfficerReturnsADraftWithAReasonAndApprovesTheNextOne() {
            // given a government whose liaison officer approves, and a dispatch to its health office
            fixture.approvingGovernments.add("PEMKAB-MUBA");
            var instance = dispatched("DINKES-MUBA");

            // then the unit drafts one working day before the government's deadline, leaving the liaison officer a day
            assertThat(task()).hasDueDate(date(wib("2026-03-27T23:59:59")));
            draft("DINKES-MUBA", "Sudah.");

            // then the government's liaison officers approve, due at the follow-up deadline
            assertThat(instance).isWaitingAt(USER_TASK_APPROVE_ANSWER);
            assertThat(task())
                    .hasName("Setujui jawaban")
                    .hasCandidateGroup("pemkab-muba-liaison")
                    .hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(taskService().getVariableLocal(task().getId(), "unitDraft"))
                    .isEqualTo("Sudah.");
            assertThat(fixture.notifications).endsWith("ANSWER_TO_APPROVE");

            // when the liaison officer returns it with a reason
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "RETURN", "returnReason", "Sebutkan jadwal layanan."));

            // then the unit drafts again, and reads why
            verify(fixture.dispatches)
                    .returnDraft(
                            COMPLAINT_ID, 1L, "Sebutkan jadwal layanan.", Actor.staff("pemkab-muba-liaison-officer"));
            assertThat(instance).hasPassed(SEND_TASK_NOTIFY_UNIT_OF_RETURN).isWaitingAt(USER_TASK_DRAFT_ANSWER);
            assertThat(taskService().getVariableLocal(task().getId(), "returnedBecause"))
                    .isEqualTo("Sebutkan jadwal layanan.");
            assertThat(fixture.notifications).endsWith("ANSWER_RETURNED");
            draft("DINKES-MUBA", "Puskesmas buka Senin–Sabtu pukul 08.00–14.00.");

            // when the liaison officer approves the new draft
            assertThat(instance).isWaitingAt(USER_TASK_APPROVE_ANSWER);
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "APPROVE"));

            // then the government's answer goes to the reporter
            verify(fixture.dispatches).approveDraft(COMPLAINT_ID, 1L, Actor.staff("pemkab-muba-liaison-officer"));
            verify(fixture.dispatches)
                    .recordUnitAnswers(COMPLAINT_ID, "PEMKAB-MUBA", Actor.staff("pemkab-muba-liaison-officer"));
            assertThat(instance).isEnded().hasPassed(SERVICE_TASK_APPROVE_DRAFT, SERVICE_TASK_RETURN_DRAFT);
        }

        @Test
        void theCoordinatorMayAnswerDirectlyOrHandTheReportBack() {
            // given
            var instance = assign("PEMKAB-MUBA");

            // when the coordinator answers without dispatching
            as("pemkab-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah ditangani."));

            // then it is the government's follow-up, as for any agency
            verify(fixture.lifecycle)
                    .recordFollowUp(
                            COMPLAINT_ID, "PEMKAB-MUBA", "Sudah ditangani.", Actor.staff("pemkab-muba-officer"));
            verify(fixture.dispatches, never()).dispatch(anyLong(), anyString(), any(), any(), any());
            assertThat(instance).isEnded().hasPassed(END_EVENT_FOLLOW_UP_GIVEN);
        }

        @Test
        void theCoordinatorsDirectAnswerWaitsForTheLiaisonOfficersApprovalWhereTheGovernmentRequiresIt() {
            // given a government whose own answers its liaison officer approves
            fixture.approvingAgencies.add("PEMKAB-MUBA");
            var instance = assign("PEMKAB-MUBA");

            // when the coordinator answers without dispatching
            as("pemkab-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah ditangani."));

            // then the answer is kept on the assignment, not in a variable, and the liaison officers approve it
            verify(fixture.answers)
                    .submit(COMPLAINT_ID, "PEMKAB-MUBA", "Sudah ditangani.", Actor.staff("pemkab-muba-officer"));
            verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());
            assertThat(instance)
                    .isWaitingAt(USER_TASK_APPROVE_AGENCY_ANSWER)
                    .variables()
                    .doesNotContainKeys("followUpText");
            assertThat(task())
                    .hasName("Setujui jawaban instansi")
                    .hasCandidateGroup("pemkab-muba-liaison")
                    .hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(taskService().getVariableLocal(task().getId(), "unitDraft"))
                    .isEqualTo("Sudah ditangani.");
            assertThat(fixture.notifications).endsWith("ANSWER_TO_APPROVE");

            // when someone rewrites the answer's variable, the approval refuses it: the kept answer is the one approved
            runtimeService().setVariable(instance.getId(), "followUpText", "Diubah setelah ditulis.");
            as("pemkab-muba-liaison-officer");
            assertThatThrownBy(() -> complete(task(), withVariables("approvalDecision", "APPROVE")))
                    .hasMessageContaining("followUpText");
            runtimeService().removeVariable(instance.getId(), "followUpText");
            assertThatThrownBy(() -> complete(
                            task(), withVariables("approvalDecision", "APPROVE", "followUpDecision", "DISPATCH")))
                    .hasMessageContaining("followUpDecision");
            assertThatThrownBy(() -> complete(task(), withVariables("approvalDecision", "RETURN")))
                    .hasMessageContaining("returnReason");

            // when the liaison officer approves
            complete(task(), withVariables("approvalDecision", "APPROVE"));

            // then the kept answer is the government's follow-up, and the reporter is told
            verify(fixture.answers).approve(COMPLAINT_ID, "PEMKAB-MUBA", Actor.staff("pemkab-muba-liaison-officer"));
            verify(fixture.lifecycle)
                    .recordFollowUp(
                            COMPLAINT_ID,
                            "PEMKAB-MUBA",
                            "Sudah ditangani.",
                            Actor.staff("pemkab-muba-liaison-officer"));
            assertThat(instance)
                    .isEnded()
                    .hasPassed(
                            SERVICE_TASK_APPROVE_ANSWER, SEND_TASK_SEND_ANSWER_TO_REPORTER, END_EVENT_FOLLOW_UP_GIVEN);
        }

        @Test
        void aReturnedDirectAnswerGoesBackToTheCoordinatorWithTheReason() {
            // given
            fixture.approvingAgencies.add("PEMKAB-MUBA");
            var instance = assign("PEMKAB-MUBA");
            as("pemkab-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah."));

            // when the liaison officer returns it with a reason
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "RETURN", "returnReason", "Sebutkan jadwal layanan."));

            // then the coordinator's task opens again and shows why
            verify(fixture.answers)
                    .returnAnswer(
                            COMPLAINT_ID,
                            "PEMKAB-MUBA",
                            "Sebutkan jadwal layanan.",
                            Actor.staff("pemkab-muba-liaison-officer"));
            assertThat(instance)
                    .hasPassed(SERVICE_TASK_RETURN_ANSWER, SEND_TASK_NOTIFY_AGENCY_OF_RETURN)
                    .isWaitingAt(USER_TASK_DISPATCH_COMPLAINT)
                    .variables()
                    .doesNotContainKeys("followUpDecision", "followUpText", "approvalDecision", "returnReason");
            assertThat(task()).hasCandidateGroup("pemkab-muba-officers");
            assertThat(taskService().getVariableLocal(task().getId(), "returnedBecause"))
                    .isEqualTo("Sebutkan jadwal layanan.");
            assertThat(fixture.notifications).endsWith("ANSWER_RETURNED");
            verify(fixture.lifecycle, never()).recordFollowUp(anyLong(), anyString(), any(), any());

            // when the coordinator answers again and the liaison officer approves
            as("pemkab-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Buka Senin–Sabtu."));
            assertThat(instance).isWaitingAt(USER_TASK_APPROVE_AGENCY_ANSWER);
            assertThat(taskService().getVariableLocal(task().getId(), "returnedBecause"))
                    .isEqualTo("Sebutkan jadwal layanan.");
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "APPROVE"));

            // then the new answer is the follow-up
            verify(fixture.lifecycle)
                    .recordFollowUp(
                            COMPLAINT_ID,
                            "PEMKAB-MUBA",
                            "Buka Senin–Sabtu.",
                            Actor.staff("pemkab-muba-liaison-officer"));
            assertThat(instance).isEnded().hasPassed(END_EVENT_FOLLOW_UP_GIVEN);
        }

        @Test
        void aUnitRoutedDirectlyWhoseAnswersNeedApprovalIsApprovedByItsGovernmentsLiaisonOfficers() {
            // given a unit routed the report directly, which requires approval
            fixture.unitOf("DINKES-MUBA", "PEMKAB-MUBA");
            fixture.approvingAgencies.add("DINKES-MUBA");
            var instance = assign("DINKES-MUBA");
            as("dinkes-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah."));

            // then the government's liaison officers approve it
            assertThat(instance).isWaitingAt(USER_TASK_APPROVE_AGENCY_ANSWER);
            assertThat(task()).hasCandidateGroup("pemkab-muba-liaison");

            // when they return it, the unit's follow-up task opens again with the reason
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "RETURN", "returnReason", "Lengkapi jadwal."));
            assertThat(instance).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
            assertThat(task()).hasCandidateGroup("dinkes-muba-officers");
            assertThat(taskService().getVariableLocal(task().getId(), "returnedBecause"))
                    .isEqualTo("Lengkapi jadwal.");

            // when the unit answers again and the liaison officer approves
            as("dinkes-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Buka pukul 08.00."));
            as("pemkab-muba-liaison-officer");
            complete(task(), withVariables("approvalDecision", "APPROVE"));

            // then the approved answer is the unit's follow-up
            verify(fixture.lifecycle)
                    .recordFollowUp(
                            COMPLAINT_ID,
                            "DINKES-MUBA",
                            "Buka pukul 08.00.",
                            Actor.staff("pemkab-muba-liaison-officer"));
            verify(fixture.lifecycle, times(1)).recordFollowUp(anyLong(), anyString(), any(), any());
            assertThat(instance).isEnded().hasPassed(END_EVENT_FOLLOW_UP_GIVEN);
        }

        @Test
        void aUnitWhoseOwnFlagIsOffAnswersWithoutApprovalEvenWhereItsGovernmentRequiresIt() {
            // given a government requiring approval of its own answers and of its units' drafts, but not this unit
            fixture.unitOf("DINKES-MUBA", "PEMKAB-MUBA");
            fixture.approvingAgencies.add("PEMKAB-MUBA");
            fixture.approvingGovernments.add("PEMKAB-MUBA");
            var instance = assign("DINKES-MUBA");

            // when the unit answers a report routed to it
            as("dinkes-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah."));

            // then the answer goes out without approval
            verify(fixture.lifecycle)
                    .recordFollowUp(COMPLAINT_ID, "DINKES-MUBA", "Sudah.", Actor.staff("dinkes-muba-officer"));
            verify(fixture.answers, never()).submit(anyLong(), anyString(), any(), any());
            assertThat(instance).isEnded().hasNotPassed(USER_TASK_APPROVE_AGENCY_ANSWER);
        }

        @Test
        void aMissedApprovalOfADirectAnswerMakesTheFollowUpOverdueAndEscalates() {
            // given a direct answer waiting for the liaison officer
            fixture.approvingAgencies.add("PEMKAB-MUBA");
            var instance = assign("PEMKAB-MUBA");
            as("pemkab-muba-officer");
            complete(task(), withVariables("followUpDecision", "RESPOND", "followUpText", "Sudah."));

            // then the approval's timers: the follow-up deadline and its escalations
            assertThat(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_DEADLINE_REACHED))
                    .hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_SUPERVISOR_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-04-01T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_NATIONAL_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-04-07T23:59:59")));

            // when they fire
            execute(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_DEADLINE_REACHED));
            execute(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_SUPERVISOR_ESCALATION_DUE));
            execute(timer(BOUNDARY_EVENT_ANSWER_APPROVAL_NATIONAL_ESCALATION_DUE));

            // then the follow-up is overdue and goes to the supervisors, then the national administrator
            verify(fixture.lifecycle).markFollowUpOverdue(COMPLAINT_ID, "PEMKAB-MUBA");
            verify(fixture.lifecycle).escalateToSupervisor(COMPLAINT_ID, "PEMKAB-MUBA");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP)
                            .singleResult())
                    .hasCandidateGroup("pemkab-muba-supervisors");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_INTERVENE_IN_OVERDUE_FOLLOW_UP)
                            .singleResult())
                    .isNotNull();

            // when the liaison officer approves at last, the escalation tasks end with the follow-up
            as("pemkab-muba-liaison-officer");
            complete(
                    taskQuery()
                            .taskDefinitionKey(USER_TASK_APPROVE_AGENCY_ANSWER)
                            .singleResult(),
                    withVariables("approvalDecision", "APPROVE"));
            assertThat(instance).isEnded();
            assertThat(taskQuery().count()).isZero();
        }

        @Test
        void notOurAuthorityGoesBackToTheNationalAdministrator() {
            // given
            var instance = assign("PEMKAB-MUBA");

            // when
            complete(task(), withVariables("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Wewenang PLN."));

            // then
            assertThat(instance).isWaitingAt(USER_TASK_REROUTE_COMPLAINT);
            assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS);
        }

        @Test
        void refusesADispatchWithoutUnitsOrToAnotherGovernmentsUnits() {
            // given
            fixture.government("PEMKAB-OKI", false, "DINKES-OKI");
            assign("PEMKAB-MUBA");

            // then
            assertThatThrownBy(() -> complete(task(), withVariables("followUpDecision", "DISPATCH")))
                    .hasMessageContaining("unitCodes is required to dispatch");
            assertThatThrownBy(() -> complete(
                            task(),
                            withVariables(
                                    "followUpDecision",
                                    "DISPATCH",
                                    "unitCodes",
                                    SpinValues.jsonValue(toJson("DINKES-MUBA", "DINKES-OKI"))
                                            .create())))
                    .hasMessageContaining("DINKES-OKI is not one of them");
            assertThatThrownBy(() -> complete(
                            task(),
                            withVariables(
                                    "followUpDecision",
                                    "DISPATCH",
                                    "unitCodes",
                                    "DINKES-MUBA",
                                    "dispatchNote",
                                    "x".repeat(4001))))
                    .hasMessageContaining("shorten it to at most 4000");
            verify(fixture.dispatches, never()).dispatch(anyLong(), anyString(), any(), any(), any());
            assertThat(task()).isNotNull();
        }

        @Test
        void anAgencyWithoutUnitsAnswersItselfAndCannotDispatch() {
            // given the health office, a unit without units of its own
            assign("DINKES-MUBA");
            assertThat(task()).hasDefinitionKey(USER_TASK_FOLLOW_UP_COMPLAINT);

            // then
            assertThatThrownBy(
                            () -> complete(task(), withVariables("followUpDecision", "DISPATCH", "followUpText", "x")))
                    .hasMessageContaining("followUpDecision DISPATCH is for a government");
        }

        @Test
        void refusesAnApprovalThatChangesTheLoopOrReturnsWithoutAReason() {
            // given
            fixture.approvingGovernments.add("PEMKAB-MUBA");
            var instance = dispatched("DINKES-MUBA", "DPUPR-MUBA");

            // then a unit cannot end the other unit's answer by rewriting the engine's counters, nor approve itself
            var health = taskOf(USER_TASK_DRAFT_ANSWER, "dinkes-muba-officers");
            assertThatThrownBy(() -> complete(health, withVariables("unitAnswer", "Sudah.", "nrOfInstances", 1)))
                    .hasMessageContaining("nrOfInstances is not a field of this form");
            assertThatThrownBy(() ->
                            complete(health, withVariables("unitAnswer", "Sudah.", "approvalDecision", "APPROVE")))
                    .hasMessageContaining("approvalDecision is not a field of this form");
            draft("DINKES-MUBA", "Sudah.");

            // and the liaison officer must say why a draft goes back
            var approval = taskOf(USER_TASK_APPROVE_ANSWER, "pemkab-muba-liaison");
            assertThatThrownBy(() -> complete(approval, withVariables("approvalDecision", "RETURN")))
                    .hasMessageContaining("returnReason is required to return the draft");
            assertThatThrownBy(() -> complete(approval, withVariables("approvalDecision", "MAYBE")))
                    .hasMessageContaining("approvalDecision must be one of APPROVE, RETURN");
            verify(fixture.dispatches, never()).returnDraft(anyLong(), anyLong(), any(), any());
            assertThat(instance).isWaitingAt(USER_TASK_APPROVE_ANSWER, USER_TASK_DRAFT_ANSWER);
        }

        @Test
        void aMissedDispatchIsMarkedThenGoesToTheGovernmentsSupervisorThenTheNationalAdministrator() {
            // given
            var instance = assign("PEMKAB-MUBA");

            // then the dispatch's timers: after 1 working day, then 2 and 5 working days later
            assertThat(timer(BOUNDARY_EVENT_DISPATCH_DEADLINE_REACHED)).hasDueDate(date(wib("2026-03-17T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_DISPATCH_SUPERVISOR_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-03-26T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_DISPATCH_NATIONAL_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-03-31T23:59:59")));

            // when they fire
            execute(timer(BOUNDARY_EVENT_DISPATCH_DEADLINE_REACHED));
            execute(timer(BOUNDARY_EVENT_DISPATCH_SUPERVISOR_ESCALATION_DUE));
            execute(timer(BOUNDARY_EVENT_DISPATCH_NATIONAL_ESCALATION_DUE));

            // then
            verify(fixture.dispatches).markStepOverdue(COMPLAINT_ID, "PEMKAB-MUBA", Optional.empty());
            verify(fixture.lifecycle).escalateToSupervisor(COMPLAINT_ID, "PEMKAB-MUBA");
            verify(fixture.lifecycle).escalateToNationalAdministrator(COMPLAINT_ID, "PEMKAB-MUBA");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP)
                            .singleResult())
                    .hasCandidateGroup("pemkab-muba-supervisors");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_INTERVENE_IN_OVERDUE_FOLLOW_UP)
                            .singleResult())
                    .hasCandidateGroup(NATIONAL_ADMINISTRATORS);

            // when the coordinator dispatches at last, the escalation tasks end
            dispatchedFrom(instance);
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_FOLLOW_UP)
                            .count())
                    .isZero();
        }

        private void dispatchedFrom(ProcessInstance instance) {
            complete(
                    taskQuery().taskDefinitionKey(USER_TASK_DISPATCH_COMPLAINT).singleResult(),
                    withVariables("followUpDecision", "DISPATCH", "unitCodes", "DINKES-MUBA"));
            assertThat(instance).isWaitingAt(USER_TASK_DRAFT_ANSWER);
        }

        @Test
        void aMissedDraftGoesToTheUnitsSupervisorThenTheNationalAdministrator() {
            // given a government that approves, and a draft due one working day before its deadline
            fixture.approvingGovernments.add("PEMKAB-MUBA");
            dispatched("DINKES-MUBA");

            // then the draft's timers
            assertThat(timer(BOUNDARY_EVENT_DRAFT_DEADLINE_REACHED)).hasDueDate(date(wib("2026-03-27T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_DRAFT_SUPERVISOR_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-03-31T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_DRAFT_NATIONAL_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-04-06T23:59:59")));

            // when they fire
            execute(timer(BOUNDARY_EVENT_DRAFT_DEADLINE_REACHED));
            execute(timer(BOUNDARY_EVENT_DRAFT_SUPERVISOR_ESCALATION_DUE));
            execute(timer(BOUNDARY_EVENT_DRAFT_NATIONAL_ESCALATION_DUE));

            // then the unit is responsible, and its supervisors act
            var unit = new DispatchedUnit(1L, "DINKES-MUBA", "PEMKAB-MUBA", DispatchStatus.DRAFTING);
            verify(fixture.dispatches).markStepOverdue(COMPLAINT_ID, "PEMKAB-MUBA", Optional.of(unit));
            verify(fixture.lifecycle).escalateToSupervisor(COMPLAINT_ID, "DINKES-MUBA");
            verify(fixture.lifecycle).escalateToNationalAdministrator(COMPLAINT_ID, "DINKES-MUBA");
            var resolve = taskQuery()
                    .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_UNIT_STEP)
                    .singleResult();
            assertThat(resolve).hasCandidateGroup("dinkes-muba-supervisors");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_INTERVENE_IN_OVERDUE_UNIT_STEP)
                            .singleResult())
                    .hasCandidateGroup(NATIONAL_ADMINISTRATORS);

            // when the unit's supervisor notes what was done
            as("dinkes-muba-supervisor");
            complete(resolve, withVariables("escalationNote", "Kepala dinas menegur petugas."));

            // then the note is the unit's
            verify(fixture.lifecycle)
                    .recordEscalationNote(
                            COMPLAINT_ID,
                            "DINKES-MUBA",
                            "Kepala dinas menegur petugas.",
                            Actor.staff("dinkes-muba-supervisor"));
        }

        @Test
        void aMissedApprovalGoesToTheGovernmentsSupervisorThenTheNationalAdministrator() {
            // given a draft waiting for the liaison officer
            fixture.approvingGovernments.add("PEMKAB-MUBA");
            var instance = dispatched("DINKES-MUBA");
            draft("DINKES-MUBA", "Sudah.");

            // then the approval's timers: the government's follow-up deadline and its escalations
            assertThat(timer(BOUNDARY_EVENT_APPROVAL_DEADLINE_REACHED)).hasDueDate(date(wib("2026-03-30T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_APPROVAL_SUPERVISOR_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-04-01T23:59:59")));
            assertThat(timer(BOUNDARY_EVENT_APPROVAL_NATIONAL_ESCALATION_DUE))
                    .hasDueDate(date(wib("2026-04-07T23:59:59")));

            // when they fire
            execute(timer(BOUNDARY_EVENT_APPROVAL_DEADLINE_REACHED));
            execute(timer(BOUNDARY_EVENT_APPROVAL_SUPERVISOR_ESCALATION_DUE));
            execute(timer(BOUNDARY_EVENT_APPROVAL_NATIONAL_ESCALATION_DUE));

            // then the government is responsible
            var unit = new DispatchedUnit(1L, "DINKES-MUBA", "PEMKAB-MUBA", DispatchStatus.AWAITING_APPROVAL);
            verify(fixture.dispatches).markStepOverdue(COMPLAINT_ID, "PEMKAB-MUBA", Optional.of(unit));
            verify(fixture.lifecycle).escalateToSupervisor(COMPLAINT_ID, "PEMKAB-MUBA");
            assertThat(taskQuery()
                            .taskDefinitionKey(USER_TASK_RESOLVE_OVERDUE_UNIT_STEP)
                            .singleResult())
                    .hasCandidateGroup("pemkab-muba-supervisors");

            // when the liaison officer approves at last, the escalation tasks end with the unit's answer
            complete(
                    taskQuery().taskDefinitionKey(USER_TASK_APPROVE_ANSWER).singleResult(),
                    withVariables("approvalDecision", "APPROVE"));
            assertThat(instance).isEnded();
        }
    }

    // An agency another Aduan installation serves: the report goes there, and its decisions come back.

    private ProcessInstance assignServedElsewhere(String agencyCode) {
        when(fixture.forwarding.servedElsewhere(agencyCode)).thenReturn(true);
        return assign(agencyCode);
    }

    private void decided(ProcessInstance instance, InstallationDecision decision) {
        when(fixture.forwarding.decision(COMPLAINT_ID, "DINKES-MUBA")).thenReturn(Optional.of(decision));
        runtimeService()
                .createMessageCorrelation(MESSAGE_INSTALLATION_DECIDED)
                .processInstanceId(instance.getId())
                .correlate();
    }

    @Test
    void forwardsTheReportThereInsteadOfStartingTheFollowUpHere() {
        // when
        var instance = assignServedElsewhere("DINKES-MUBA");

        // then
        verify(fixture.forwarding).forward(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(instance)
                .hasPassed(SERVICE_TASK_FORWARD_TO_INSTALLATION)
                .isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION)
                .hasNotPassed(SUB_PROCESS_FOLLOW_UP);
        assertThat(taskQuery().count()).isZero();
        assertThat(fixture.notifications).doesNotContain("FOLLOW_UP_TASK");
    }

    @Test
    void tellsTheReporterOfTheAnswerGivenThereAndEnds() {
        // given
        var instance = assignServedElsewhere("DINKES-MUBA");

        // when
        decided(instance, InstallationDecision.ANSWERED);

        // then
        assertThat(instance).isEnded().hasPassed(END_EVENT_INSTALLATION_ANSWERED);
        assertThat(fixture.notifications).endsWith("AGENCY_ANSWER");
    }

    @Test
    void asksTheReporterTheQuestionAskedThereAndWaitsForTheNextDecision() {
        // given
        var instance = assignServedElsewhere("DINKES-MUBA");

        // when
        decided(instance, InstallationDecision.INFORMATION_REQUESTED);

        // then
        assertThat(instance)
                .hasPassed(SEND_TASK_ASK_REPORTER_FOR_INSTALLATION)
                .isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION);
        assertThat(fixture.notifications).endsWith("INFORMATION_REQUESTED");
        verify(fixture.forwarding, times(1)).forward(COMPLAINT_ID, "DINKES-MUBA");
    }

    @Test
    void asksTheNationalAdministratorToRerouteAReportReturnedFromThere() {
        // given
        var instance = assignServedElsewhere("DINKES-MUBA");

        // when
        decided(instance, InstallationDecision.RETURNED);

        // then
        assertThat(instance).isWaitingAt(USER_TASK_REROUTE_COMPLAINT);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS);
        assertThat(fixture.notifications).endsWith("REROUTING_TASK");
    }

    @Test
    void followsUpHereTheAgencyTheReportIsReroutedToWhenThisInstallationServesIt() {
        // given a report returned from the other installation
        var instance = assignServedElsewhere("DINKES-MUBA");
        decided(instance, InstallationDecision.RETURNED);

        // when the national administrator routes it to an agency served here
        fixture.assigned("BPJS-KESEHATAN", now("2026-03-17T09:00"), OfficeTimeZone.WIB);
        as("verifier");
        complete(task(), withVariables("newAgencyCode", "BPJS-KESEHATAN"));

        // then
        verify(fixture.lifecycle).reroute(COMPLAINT_ID, "DINKES-MUBA", "BPJS-KESEHATAN", Actor.staff("verifier"));
        assertThat(instance).isWaitingAt(USER_TASK_FOLLOW_UP_COMPLAINT);
        assertThat(task()).hasCandidateGroup("bpjs-kesehatan-officers");
    }

    @Test
    void marksTheFollowUpOverdueAndAsksTheNationalAdministratorWhenTheInstallationDoesNotDecideInTime() {
        // given a report forwarded on Monday 16 March, whose agency there has not reported its deadline
        var instance = assignServedElsewhere("DINKES-MUBA");

        // then the wait ends two working days after the deadline computed here (30 March): on 1 April
        assertThat(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE)).hasDueDate(date(wib("2026-04-01T23:59:59")));

        // when it passes without a decision
        execute(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE));

        // then the follow-up is overdue here and the national administrator intervenes, while the wait goes on
        verify(fixture.lifecycle).markFollowUpOverdue(COMPLAINT_ID, "DINKES-MUBA");
        verify(fixture.lifecycle).escalateToNationalAdministrator(COMPLAINT_ID, "DINKES-MUBA");
        assertThat(fixture.notifications).endsWith("ESCALATED_TO_NATIONAL_ADMINISTRATOR");
        assertThat(instance)
                .hasPassed(SERVICE_TASK_MARK_INSTALLATION_FOLLOW_UP_OVERDUE)
                .isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION, USER_TASK_INTERVENE_IN_OVERDUE_INSTALLATION);
        assertThat(task()).hasCandidateGroup(NATIONAL_ADMINISTRATORS);

        // when the installation's answer comes at last, the intervention is moot
        decided(instance, InstallationDecision.ANSWERED);

        // then
        assertThat(instance).isEnded().hasPassed(END_EVENT_INSTALLATION_DECIDED, END_EVENT_INSTALLATION_ANSWERED);
        assertThat(taskQuery().count()).isZero();
    }

    @Test
    void recordsTheNationalAdministratorsInterventionInTheInstallationsOverdueFollowUp() {
        // given
        var instance = assignServedElsewhere("DINKES-MUBA");
        execute(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE));

        // when
        as("verifier");
        complete(task(), withVariables("escalationNote", "Operator Aduan Nasional dihubungi."));

        // then
        verify(fixture.lifecycle)
                .recordEscalationNote(
                        COMPLAINT_ID, "DINKES-MUBA", "Operator Aduan Nasional dihubungi.", Actor.staff("verifier"));
        assertThat(instance)
                .hasPassed(END_EVENT_INSTALLATION_INTERVENTION_RECORDED)
                .isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION);
    }

    @Test
    void waitsFromTheDeadlineTheInstallationReportedAndMovesWithIt() {
        // given the agency there reported a later deadline than the one computed here
        fixture.travelled("DINKES-MUBA", wib("2026-04-06T23:59:59"));
        var instance = assignServedElsewhere("DINKES-MUBA");

        // then the wait ends two working days after it
        assertThat(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE)).hasDueDate(date(wib("2026-04-08T23:59:59")));

        // when it reports another one, and the timer is evaluated again (as AgencyDeadlines does when it keeps it)
        fixture.travelled("DINKES-MUBA", wib("2026-04-13T23:59:59"));
        engine.getManagementService()
                .recalculateJobDuedate(
                        timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE).getId(), false);

        // then
        assertThat(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE)).hasDueDate(date(wib("2026-04-15T23:59:59")));
        assertThat(instance).isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION);
    }

    @Test
    void waitsForTheReporterAndThenTheGraceWhileTheInstallationAsksThemForInformation() {
        // given the agency there asked the reporter on Tuesday 17 March: the clock here is paused
        var instance = assignServedElsewhere("DINKES-MUBA");
        fixture.paused("DINKES-MUBA", wib("2026-03-17T10:00"));

        // when
        decided(instance, InstallationDecision.INFORMATION_REQUESTED);

        // then the wait ends two working days after the reporter's ten
        assertThat(instance).isWaitingAt(RECEIVE_TASK_AWAIT_INSTALLATION_DECISION);
        var informationDue = fixture.complaintDeadlines.informationAnswerDue(fixture.assignments.get("DINKES-MUBA"));
        assertThat(timer(BOUNDARY_EVENT_INSTALLATION_DECISION_OVERDUE).getDuedate())
                .isAfter(date(informationDue))
                .isEqualTo(date(
                        fixture.complaintDeadlines.installationDecisionDue(fixture.assignments.get("DINKES-MUBA"))));
    }
}
