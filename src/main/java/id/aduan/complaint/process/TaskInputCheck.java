package id.aduan.complaint.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.system.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * Checks what a task form or an {@code /engine-rest} client submitted before the task completes. A
 * rejected value keeps the task open and tells the user which field to correct: Tasklist shows the message, and
 * {@code /engine-rest} answers HTTP 400 with it, as it does for Camunda's own form field validators.
 */
final class TaskInputCheck {

    static final int MAX_TEXT = 4_000;

    /** The type name of Spin's JSON values, as Tasklist submits a checklist. */
    private static final String JSON = "json";

    private static final ObjectMapper LISTS = new ObjectMapper();

    private TaskInputCheck() {}

    /**
     * Refuses variables that are not fields of the task's form, and fields that are not text (or, for a checkbox, a
     * boolean): staff submit a form,
     * they do not set whatever variable they like, nor objects for the engine to build. Whatever was submitted with the completion has reached the instance's variables by now;
     * between steps an instance holds only form fields, because each step removes the fields it consumed.
     */
    static void onlyFormFields(DelegateTask task, Set<String> fields) {
        onlyFormFields(task, fields, Set.of());
    }

    /**
     * As {@link #onlyFormFields(DelegateTask, Set)}, where {@code listFields} (a checklist's) may also be JSON, as
     * Tasklist submits a list.
     */
    static void onlyFormFields(DelegateTask task, Set<String> fields, Set<String> listFields) {
        var unexpected = task.getExecution().getVariableNames().stream()
                .filter(name -> !fields.contains(name))
                .sorted()
                .toList();
        if (!unexpected.isEmpty()) {
            var field = unexpected.get(0);
            throw rejected(
                    field,
                    field + " is not a field of this form; submit only "
                            + fields.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
        // the engine's loop variables are numbers: MultiInstanceCheck checks them
        for (var field : fields.stream()
                .filter(field -> !FormFields.LOOP_VARIABLES.contains(field))
                .sorted()
                .toList()) {
            var value = task.getExecution().getVariableTyped(field, false);
            var json = listFields.contains(field)
                    && value != null
                    && JSON.equals(value.getType().getName());
            var type = FormFields.CHECKBOXES.contains(field) ? ValueType.BOOLEAN : ValueType.STRING;
            if (value != null && value.getType() != type && value.getType() != ValueType.NULL && !json) {
                throw rejected(
                        field,
                        field + " must be " + (type == ValueType.BOOLEAN ? "true or false" : "text")
                                + ", as the form sends it, not " + value.getType() + ".");
            }
        }
    }

    static <E extends Enum<E>> E choice(VariableScope scope, String field, Class<E> type) {
        var value = ProcessInputs.text(scope, field);
        var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null) {
            throw rejected(field, field + " is required: choose one of " + allowed + ".");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw rejected(field, field + " must be one of " + allowed + ", not '" + value + "'.");
        }
    }

    static String requiredText(VariableScope scope, String field, String why) {
        var value = ProcessInputs.text(scope, field);
        if (value == null) {
            throw rejected(field, field + " is required " + why + ".");
        }
        return maxLength(field, value);
    }

    /**
     * The codes of a checklist: a JSON list of text, as Tasklist submits it (as a JSON value, or a string of it
     * through {@code /engine-rest}), or codes separated by commas; empty when nothing was chosen.
     */
    static List<String> codes(VariableScope scope, String field) {
        var text = ProcessInputs.text(scope, field);
        if (text == null) {
            return List.of();
        }
        if (!text.startsWith("[")) {
            return Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(code -> !code.isEmpty())
                    .toList();
        }
        try {
            var node = LISTS.readTree(text);
            var codes = new ArrayList<String>();
            for (var element : node) {
                if (!element.isTextual()) {
                    throw rejected(field, field + " must be a list of codes, as the form sends it.");
                }
                codes.add(element.asText().strip());
            }
            return codes.stream().filter(code -> !code.isEmpty()).distinct().toList();
        } catch (JsonProcessingException e) {
            throw rejected(field, field + " must be a list of codes, as the form sends it.");
        }
    }

    /** Refuses a value in a field that belongs to another step of the same scope. */
    static void absent(VariableScope scope, String field) {
        if (ProcessInputs.text(scope, field) != null) {
            throw rejected(field, field + " is not a field of this form.");
        }
    }

    static String optionalText(VariableScope scope, String field) {
        var value = ProcessInputs.text(scope, field);
        return value == null ? null : maxLength(field, value);
    }

    private static String maxLength(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw rejected(
                    field,
                    field + " is " + value.length() + " characters long; shorten it to at most " + MAX_TEXT + ".");
        }
        if (!value.matches(PlainText.PATTERN)) {
            throw rejected(field, field + " contains control characters; write plain text.");
        }
        return value;
    }

    /** The error for a value of {@code field} that the task cannot take; {@code message} says what to do. */
    static FormFieldValidationException rejected(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}
