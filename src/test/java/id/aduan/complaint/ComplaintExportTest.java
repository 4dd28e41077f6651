package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The cells of the CSV export, as a spreadsheet reads them. */
class ComplaintExportTest {

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Jalan rusak | Jalan rusak",
                "Jalan rusak, berlubang | `\"Jalan rusak, berlubang\"`",
                "Papan \"Dilarang parkir\" | `\"Papan \"\"Dilarang parkir\"\"\"`",
                "=HYPERLINK(\"http://evil.example\") | `\"'=HYPERLINK(\"\"http://evil.example\"\")\"`",
                "+62 811 | '+62 811",
                "-1 | '-1",
                "@SUM(A1) | '@SUM(A1)",
            })
    void writesACellAsRfc4180TextThatNoSpreadsheetRunsAsAFormula(String value, String cell) {
        assertThat(ComplaintExport.cell(value)).isEqualTo(cell);
    }

    /** Control characters as they reach the table through old reports (JUnit's CSV source would drop NUL). */
    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("Jalan\u0000rusak\u001b[31m", "Jalanrusak[31m"),
                Arguments.of(
                        "\u0000=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
                Arguments.of("\u0007\u001b+62 811", "'+62 811"),
                Arguments.of("Tagihan\u0085 listrik\u009b", "Tagihan listrik"),
                Arguments.of("\u202egpj.exe\u202c", "gpj.exe"),
                Arguments.of("\u007f", ""));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("controlCharacters")
    void leavesControlCharactersOutOfACellBeforeItGuardsAgainstFormulas(String value, String cell) {
        assertThat(ComplaintExport.cell(value)).isEqualTo(cell);
    }

    @Test
    void keepsLineBreaksInsideTheQuotedCell() {
        assertThat(ComplaintExport.cell("baris satu\nbaris dua")).isEqualTo("\"baris satu\nbaris dua\"");
    }
}
