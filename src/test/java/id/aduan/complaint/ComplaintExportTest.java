package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void keepsLineBreaksInsideTheQuotedCell() {
        assertThat(ComplaintExport.cell("baris satu\nbaris dua")).isEqualTo("\"baris satu\nbaris dua\"");
    }
}
