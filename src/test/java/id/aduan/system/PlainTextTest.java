package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Text(@PlainText String value) {}

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Jalan rusak di depan SD Negeri 3 Sekayu, sudah dua bulan.",
                "Baris pertama\r\nbaris kedua\n\tdengan tab",
                "شكوى بخصوص الطريق المكسور",
                "می\u200Cخواهم",
                "Keluarga \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 menunggu",
                "Rp 50.000 – “biaya” ‘tambahan’"
            })
    void allowsTextAsPeopleWriteItInAnyScript(String text) {
        assertThat(validator.validate(new Text(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NUL \u0000",
                "escape \u001B[31m",
                "DEL \u007F",
                "next line \u0085",
                "CSI \u009B",
                "lampiran\u202Egpj.exe",
                "embedding \u202A \u202B \u202C \u202D",
                "isolate \u2066 \u2067 \u2068 \u2069",
                "marks \u200E \u200F",
                "Arabic letter mark \u061C",
                "deprecated \u206A",
                "annotation \uFFF9"
            })
    void refusesControlCharactersAndInvisibleTextDirectionMarks(String text) {
        var violations = validator.validate(new Text(text));

        assertThat(violations)
                .singleElement()
                .extracting(violation -> violation.getMessage())
                .isEqualTo("must not contain control characters or invisible text direction marks");
    }
}
