package id.aduan.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.notification.NotificationKind;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the models, the forms and the Java that refers to them in step. */
class ProcessModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[.}]");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*(\\w+)");
    /** A text of the task's context ({@link FormFields#CONTEXT}) that a form shows. */
    private static final Pattern CONTEXT_TEXT = Pattern.compile("\\{\\{\\s*context\\.(\\w+)\\s*}}");

    private static BpmnModelInstance model(String processId) {
        return Bpmn.readModelFromFile(new File("bpmn/" + processId + ".bpmn"));
    }

    private static List<String> constants(Class<?> type, String... prefixes) throws IllegalAccessException {
        var values = new ArrayList<String>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && Stream.of(prefixes).anyMatch(field.getName()::startsWith)) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static JsonNode form(String formId) throws IOException {
        return JSON.readTree(new File("forms/" + formId + ".form"));
    }

    private static Set<String> keys(JsonNode node) {
        var keys = new HashSet<String>();
        node.findValues("key").forEach(key -> keys.add(key.asText()));
        return keys;
    }

    @Test
    void everyIdOfComplaintHandlingProcessThatJavaUsesIsInTheModel() throws Exception {
        assertIdsExist(ComplaintHandlingProcess.class, ComplaintHandlingProcess.PROCESS_ID);
    }

    @Test
    void everyIdOfAgencyFollowUpProcessThatJavaUsesIsInTheModel() throws Exception {
        assertIdsExist(AgencyFollowUpProcess.class, AgencyFollowUpProcess.PROCESS_ID);
    }

    private static void assertIdsExist(Class<?> constants, String processId) throws Exception {
        var model = model(processId);
        assertThat(model.<Process>getModelElementById(processId)).isNotNull();
        var elementPrefixes = new String[] {
            "START_EVENT",
            "END_EVENT",
            "USER_TASK",
            "SERVICE_TASK",
            "SEND_TASK",
            "RECEIVE_TASK",
            "BUSINESS_RULE_TASK",
            "BOUNDARY_EVENT",
            "INTERMEDIATE_CATCH_EVENT",
            "EVENT_BASED_GATEWAY",
            "CALL_ACTIVITY",
            "SUB_PROCESS",
            "GATEWAY"
        };
        for (var id : constants(constants, elementPrefixes)) {
            assertThat(model.<BaseElement>getModelElementById(id)).as(id).isNotNull();
        }
        var messages = model.getModelElementsByType(Message.class).stream()
                .map(Message::getName)
                .toList();
        assertThat(messages).containsAll(constants(constants, "MESSAGE"));
        var formRefs = model.getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getCamundaFormRef)
                .toList();
        assertThat(formRefs).containsAll(constants(constants, "FORM"));
    }

    @Test
    void everyIdOfNotificationDeliveryProcessThatJavaUsesIsInTheModel() throws Exception {
        assertIdsExist(
                id.aduan.notification.process.NotificationDeliveryProcess.class,
                id.aduan.notification.process.NotificationDeliveryProcess.PROCESS_ID);
    }

    static Stream<String> processIds() {
        return Stream.of(
                "ComplaintHandlingProcess",
                "AgencyFollowUpProcess",
                "NotificationDeliveryProcess",
                "WebhookDeliveryProcess",
                "InstallationDeliveryProcess");
    }

    @Test
    void everyIdOfInstallationDeliveryProcessThatJavaUsesIsInTheModel() throws Exception {
        assertIdsExist(
                id.aduan.installation.process.InstallationDeliveryProcess.class,
                id.aduan.installation.process.InstallationDeliveryProcess.PROCESS_ID);
    }

    @Test
    void everyIdOfWebhookDeliveryProcessThatJavaUsesIsInTheModel() throws Exception {
        assertIdsExist(
                id.aduan.integration.process.WebhookDeliveryProcess.class,
                id.aduan.integration.process.WebhookDeliveryProcess.PROCESS_ID);
    }

    @ParameterizedTest
    @MethodSource("processIds")
    void everySendTaskQueuesAKnownNotification(String processId) {
        for (var sendTask : model(processId).getModelElementsByType(SendTask.class)) {
            var delegate = sendTask.getCamundaDelegateExpression();
            if ("${queueNotificationDelegate}".equals(delegate)) {
                var kind = sendTask
                        .getExtensionElements()
                        .getElementsQuery()
                        .filterByType(CamundaInputOutput.class)
                        .singleResult()
                        .getCamundaInputParameters()
                        .stream()
                        .filter(parameter -> parameter.getCamundaName().equals("notification"))
                        .findFirst()
                        .orElseThrow()
                        .getTextContent();
                assertThat(NotificationKind.valueOf(kind)).as(sendTask.getId()).isNotNull();
            } else {
                assertThat(sendTask.isCamundaAsyncBefore())
                        .as(sendTask.getId() + " sends in a job of its own")
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ComplaintHandlingProcess", "AgencyFollowUpProcess"})
    void everyUserTaskHasAFormDeployedWithIt(String processId) throws IOException {
        for (var task : model(processId).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertThat(form(task.getCamundaFormRef()).get("id").asText()).isEqualTo(task.getCamundaFormRef());
        }
    }

    @ParameterizedTest
    @MethodSource("processIds")
    void everyBeanTheModelCallsIsAComponentOfAduan(String processId) throws IOException {
        var xml = Files.readString(Path.of("bpmn", processId + ".bpmn"));
        var beans = BEAN.matcher(xml)
                .results()
                .map(match -> match.group(1))
                .distinct()
                .toList();

        assertThat(beans).isNotEmpty();
        try (var sources = Files.walk(Path.of("src/main/java/id/aduan"))) {
            var classes = sources.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
            for (var bean : beans) {
                var className = Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
                assertThat(classes).as("bean %s of %s", bean, processId).contains(className + ".java");
            }
        }
    }

    @Test
    void theVerificationFormOffersThePublicFieldContract() throws IOException {
        var verification = form(ComplaintHandlingProcess.FORM_VERIFY_COMPLAINT);

        assertThat(keys(verification))
                .contains(
                        ProcessVariables.VERIFICATION_DECISION,
                        ProcessVariables.AGENCY_CODE,
                        ProcessVariables.ARCHIVE_REASON,
                        ProcessVariables.INFO_REQUEST,
                        ProcessVariables.CORRECTED_TITLE,
                        ProcessVariables.CORRECTED_CATEGORY_CODE,
                        ProcessVariables.CORRECTED_REGION_CODE);
        assertThat(verification.toString()).contains("\"VERIFY\"", "\"DEFER\"", "\"ARCHIVE\"");
        // the categories and regions to choose from, which LoadVerificationChoicesListener gives the task
        assertThat(verification.findValuesAsText("valuesKey"))
                .containsExactlyInAnyOrder("categoryChoices", "regionChoices", "duplicateChoices");
    }

    @Test
    void theFollowUpFormOffersThePublicFieldContract() throws IOException {
        var followUp = form(AgencyFollowUpProcess.FORM_FOLLOW_UP_COMPLAINT);

        assertThat(keys(followUp)).contains(ProcessVariables.FOLLOW_UP_DECISION, ProcessVariables.FOLLOW_UP_TEXT);
        assertThat(followUp.toString()).contains("\"RESPOND\"", "\"NOT_OUR_AUTHORITY\"", "\"REQUEST_INFO\"");
    }

    @Test
    void theDispatchFormOffersTheFollowUpsDecisionsAndTheGovernmentsUnits() throws IOException {
        var dispatch = form(AgencyFollowUpProcess.FORM_DISPATCH_COMPLAINT);

        assertThat(keys(dispatch))
                .contains(
                        ProcessVariables.FOLLOW_UP_DECISION,
                        ProcessVariables.FOLLOW_UP_TEXT,
                        ProcessVariables.UNIT_CODES,
                        ProcessVariables.DISPATCH_NOTE);
        assertThat(dispatch.toString())
                .contains("\"DISPATCH\"", "\"RESPOND\"", "\"NOT_OUR_AUTHORITY\"", "\"REQUEST_INFO\"", "\"checklist\"");
        // the units to choose from, which LoadUnitChoicesListener gives the task
        assertThat(dispatch.findValuesAsText("valuesKey")).containsExactly(LoadUnitChoicesListener.UNIT_CHOICES);
    }

    @Test
    void theApprovalFormApprovesOrReturnsWithAReason() throws IOException {
        var approval = form(AgencyFollowUpProcess.FORM_APPROVE_ANSWER);

        assertThat(keys(approval))
                .containsExactlyInAnyOrder(ProcessVariables.APPROVAL_DECISION, ProcessVariables.RETURN_REASON);
        assertThat(approval.toString()).contains("\"APPROVE\"", "\"RETURN\"", "{{unitDraft}}");
    }

    @ParameterizedTest
    @MethodSource("agencyFormIds")
    void everyAgencyFormOffersItsCodesFromListsTheTaskGets(String formId) throws IOException {
        var form = form(formId);

        assertThat(form.findValuesAsText("valuesKey"))
                .containsExactlyInAnyOrderElementsOf(FormChoices.BY_FORM.getOrDefault(formId, Set.of()));
        assertThat(form.findParents("type").stream()
                        .filter(component ->
                                "textfield".equals(component.get("type").asText()))
                        .map(component -> component.get("key").asText()))
                .as("no code typed by hand")
                .noneMatch(key -> key.toLowerCase(Locale.ROOT).endsWith("code"));
    }

    /** The forms of the agencies' and escalations' tasks; the verification form's lists are checked above. */
    static Stream<String> agencyFormIds() {
        return formIds().filter(formId -> !ComplaintHandlingProcess.FORM_VERIFY_COMPLAINT.equals(formId));
    }

    static Stream<String> formIds() {
        return Stream.of(
                "VerifyComplaintForm",
                "FollowUpComplaintForm",
                "RerouteComplaintForm",
                "ResolveOverdueFollowUpForm",
                "InterveneInOverdueFollowUpForm",
                "DispatchComplaintForm",
                "DraftAnswerForm",
                "ApproveAnswerForm");
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void everyFormsFieldsAreExactlyWhatItsTaskAccepts(String formId) throws IOException {
        assertThat(keys(form(formId))).containsExactlyInAnyOrderElementsOf(FormFields.BY_FORM.get(formId));
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void everyTaskKeepsExactlyTheContextItsFormShows(String formId) throws IOException {
        var text = form(formId).toString();
        var shown = TEMPLATE_VARIABLE
                .matcher(text)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        var shownInContext = CONTEXT_TEXT
                .matcher(text)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());

        // the texts of the task cards are variables of their own, the rest of the report the task's one context
        var kept = new HashSet<>(FormFields.SHOWN_BY_FORM.get(formId));
        kept.retainAll(FormFields.ON_TASK_CARDS);
        kept.addAll(FormFields.SHOWN_BESIDE_REPORT.getOrDefault(formId, Set.of()));
        kept.add(FormFields.CONTEXT);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(kept);
        var inContext = new HashSet<>(FormFields.SHOWN_BY_FORM.get(formId));
        inContext.removeAll(FormFields.ON_TASK_CARDS);
        assertThat(shownInContext).containsExactlyInAnyOrderElementsOf(inContext);
        assertThat(Pattern.compile("\\{\\{\\s*context\\s*}}").matcher(text).find())
                .as("the context is shown text by text")
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void everyFormShowsTheChannelTheReportCameThrough(String formId) throws IOException {
        assertThat(form(formId).toString()).contains("Diterima melalui (channel):** {{context.channelText}}");
    }

    @ParameterizedTest
    @MethodSource("formIds")
    void noFormShowsOrAsksForTheReportersIdentity(String formId) throws IOException {
        var text = form(formId).toString().toLowerCase();

        assertThat(text).doesNotContain("reporter.", "reportername", "\"email\"", "\"phone\"", "{{name}}", "{{email}}");
        assertThat(form(formId).get("schemaVersion").asInt()).isEqualTo(16);
    }
}
