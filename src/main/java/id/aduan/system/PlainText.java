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
 * Text as people write it: any characters but control characters other than line breaks and tabs, which no reporter
 * types and some databases refuse (PostgreSQL refuses NUL), and the invisible controls of text direction, with which
 * text can show other than it reads ("gpj.exe" shown as "exe.jpg"). Arabic and other scripts that run from right to
 * left need none of them; the zero-width joiner and non-joiner that some scripts use stay allowed.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PlainText.PATTERN)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /**
     * The invisible controls of text direction and layout, as a regular expression's character class content: the
     * Arabic letter mark (U+061C), the left-to-right and right-to-left marks (U+200E, U+200F), embeddings and
     * overrides (U+202A to U+202E), isolates (U+2066 to U+2069), the deprecated format characters (U+206A to U+206F)
     * and the interlinear annotation characters (U+FFF9 to U+FFFB).
     */
    String FORMAT_CONTROLS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u206F\\uFFF9-\\uFFFB";

    /** No C0 control but tab, line feed and carriage return, no DEL, no C1 control, no {@link #FORMAT_CONTROLS}. */
    String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + FORMAT_CONTROLS + "]*";

    String message() default "must not contain control characters or invisible text direction marks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
