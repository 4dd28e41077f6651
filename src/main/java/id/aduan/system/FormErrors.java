package id.aduan.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The rules of a command that a service refused, shown next to the fields of the page's form: a form names a field
 * by the last part of the command's field ({@code reporter.email} is the form's {@code email}), and the pages' texts
 * ({@code messages_*.properties}) find it by the rule's name and the field ({@code Size.title}, {@code PlainText}),
 * with the rule's attributes as arguments in alphabetical order after the field ({@code {1}} is a size's max). A
 * {@link FieldProblemException} is found as {@code problem.} and its field ({@code problem.regionCode}). Used by
 * every feature's pages: the citizens' and the staff's.
 */
public final class FormErrors {

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private FormErrors() {}

    public static void reject(BindingResult form, ConstraintViolationException invalid) {
        invalid.getConstraintViolations().forEach(violation -> reject(form, violation));
    }

    public static void reject(BindingResult form, FieldProblemException problem) {
        var field = problem.error().field();
        form.rejectValue(
                field.substring(field.lastIndexOf('.') + 1),
                "problem." + field,
                problem.error().message());
    }

    private static void reject(BindingResult form, ConstraintViolation<?> violation) {
        var field = field(violation);
        var descriptor = violation.getConstraintDescriptor();
        var arguments = new ArrayList<Object>();
        arguments.add(
                new DefaultMessageSourceResolvable(new String[] {form.getObjectName() + "." + field, field}, field));
        new TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
            if (!NOT_ARGUMENTS.contains(name)) {
                arguments.add(value);
            }
        });
        // A rule on more than one field, such as the coordinates, has no input to show again.
        var input = form.getFieldType(field) == null ? null : form.getRawFieldValue(field);
        form.addError(new FieldError(
                form.getObjectName(),
                field,
                input,
                false,
                form.resolveMessageCodes(
                        descriptor.getAnnotation().annotationType().getSimpleName(), field),
                arguments.toArray(),
                violation.getMessage()));
    }

    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        for (var node : violation.getPropertyPath()) {
            last = node.getName();
        }
        return last;
    }
}
