package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+6281234567890",
                "6281234567890",
                "081234567890",
                "0812-3456-7890",
                "+62 812 3456 7890",
                "(0812) 3456.7890",
                "006281234567890",
                "81234567890",
                " 0812 3456 7890 "
            })
    void writesEveryIndonesianSpellingInE164(String spelling) {
        assertThat(PhoneNumbers.e164(spelling)).contains("+6281234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lapor", "12345", "+0812345678", "0812345678901234567", "08123x4567"})
    void refusesWhatIsNotAPhoneNumber(String text) {
        assertThat(PhoneNumbers.e164(text)).isEmpty();
    }

    @Test
    void keepsForeignNumbersWithTheirCountryCode() {
        assertThat(PhoneNumbers.e164("+44 20 7946 0958")).contains("+442079460958");
    }

    @Test
    void comparesSpellingsOfOneNumber() {
        assertThat(PhoneNumbers.same("0812 3456 7890", "+6281234567890")).isTrue();
        assertThat(PhoneNumbers.same("0812 3456 7891", "+6281234567890")).isFalse();
        assertThat(PhoneNumbers.same(null, "+6281234567890")).isFalse();
    }

    @Test
    void masksAllButThePrefixAndTheLastFourDigits() {
        assertThat(PhoneNumbers.mask("0812-3456-7890")).isEqualTo("+62812****7890");
        assertThat(PhoneNumbers.mask("not a number")).isEqualTo("****");
    }
}
