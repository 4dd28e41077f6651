package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads every row of the process engine's tables (ACT_*), on H2 and PostgreSQL alike. */
final class EngineTables {

    private EngineTables() {}

    /** Every row that holds one of the values, in text or in bytes, as "table: value". */
    static List<String> rowsContaining(JdbcTemplate jdbc, String... values) {
        var found = new ArrayList<String>();
        var tables = jdbc
                .queryForList(
                        "select table_name from information_schema.tables"
                                + " where upper(table_name) like 'ACT\\_%' escape '\\'",
                        String.class)
                .stream()
                .map(table -> table.toUpperCase(Locale.ROOT))
                .toList();
        assertThat(tables).contains("ACT_HI_VARINST", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY");
        for (var table : tables) {
            for (var row : jdbc.queryForList("select * from " + table)) {
                for (var cell : row.values()) {
                    var text = cell instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(cell);
                    for (var value : values) {
                        if (text.contains(value)) {
                            found.add(table + ": " + value);
                        }
                    }
                }
            }
        }
        return found;
    }
}
