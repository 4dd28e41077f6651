package id.aduan.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as people write it: any characters but control characters other than line breaks and tabs, which
 * no reporter types and some databases refuse (PostgreSQL refuses NUL).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PlainText.PATTERN)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
