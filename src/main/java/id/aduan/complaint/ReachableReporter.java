package id.aduan.complaint;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule of {@link NewComplaint} about its reporter, which depends on the door: a report by SMS needs the number it
 * came from ({@code reporter.phone}), by which Aduan answers and knows the reporter again; any other report needs the
 * reporter's name ({@code reporter.name}) and an e-mail address or phone number ({@code reporter.email}) unless it is
 * anonymous or another Aduan installation forwarded it (which reaches the reporter itself). Whoever chose to be told
 * by SMS ({@code reporter.smsUpdates}) needs a phone number, at any door. Each broken rule names the reporter's field,
 * as the API and the pages show it.
 */
@Documented
@Constraint(validatedBy = ReachableReporter.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReachableReporter {

    String message() default "is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link NewComplaint}'s reporter. */
    final class Check implements ConstraintValidator<ReachableReporter, NewComplaint> {

        @Override
        public boolean isValid(NewComplaint report, ConstraintValidatorContext context) {
            if (report == null) {
                return true;
            }
            var reporter = report.reporter();
            if (reporter != null && reporter.smsUpdates() && !NewComplaint.hasText(reporter.phone())) {
                return reject(context, "smsUpdates", "needs reporter.phone: the number the SMS go to");
            }
            if (report.byTextMessage()) {
                if (reporter == null || PhoneNumbers.e164(reporter.phone()).isEmpty()) {
                    return reject(context, "phone", "is required for a report by SMS: the number it came from");
                }
                return true;
            }
            if (report.anonymous() || report.forwarded()) {
                return true;
            }
            if (reporter == null || !NewComplaint.hasText(reporter.name())) {
                return reject(context, "name", "is required unless the report is anonymous");
            }
            if (!NewComplaint.hasText(reporter.email()) && !NewComplaint.hasText(reporter.phone())) {
                return reject(context, "email", "or reporter.phone is required unless the report is anonymous");
            }
            return true;
        }

        private static boolean reject(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("reporter")
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
