package id.aduan.system;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the pages read their form fields, as the API reads its JSON: texts without the white space around them
 * ({@link String#strip()}), an empty field as none, and numbers as decimal numbers of at most as many characters as
 * the API's JSON parser reads, so that no endless digit string is ever computed with.
 */
public final class FormText {

    public static final int NUMBER_MAX_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

    private FormText() {}

    public static void register(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StrippedText());
        binder.registerCustomEditor(BigDecimal.class, new DecimalNumber());
    }

    private static final class StrippedText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : text.strip());
        }
    }

    /** A number that is no decimal number, or too long to read, fails to bind: the page says so next to it. */
    private static final class DecimalNumber extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            var number = text.strip();
            if (number.length() > NUMBER_MAX_LENGTH) {
                throw new IllegalArgumentException("A number of more than " + NUMBER_MAX_LENGTH + " characters");
            }
            setValue(new BigDecimal(number));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
