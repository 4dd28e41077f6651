package id.aduan.complaint.process;

import static id.aduan.complaint.process.AgencyFollowUpProcess.*;
import static id.aduan.complaint.process.ProcessFixture.COMPLAINT_ID;
import static id.aduan.complaint.process.ProcessFixture.NATIONAL_ADMINISTRATORS;
import static id.aduan.complaint.process.ProcessFixture.TRACKING_ID;
import static id.aduan.complaint.process.ProcessFixture.at;
import static id.aduan.complaint.process.ProcessFixture.date;
import static id.aduan.complaint.process.ProcessFixture.now;
import static id.aduan.complaint.process.ProcessFixture.wib;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aduan.complaint.Actor;
import id.aduan.deadline.OfficeTimeZone;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
}
