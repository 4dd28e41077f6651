package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads every row of every table, Aduan's and the engine's, on H2 and PostgreSQL alike. */
public final class DatabaseTables {

    private DatabaseTables() {}

    /** The names (in capitals) of the tables with a value, in text or in bytes, that holds one of the values. */
    public static Set<String> containing(JdbcTemplate jdbc, String... values) {
        var found = new TreeSet<String>();
        var tables = jdbc.queryForList(
                "select table_name from information_schema.tables"
                        + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables.stream().map(DatabaseTables::capitals))
                .contains("COMPLAINT", "ACT_HI_VARINST", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "ACT_HI_DETAIL");
        for (var table : tables) {
            for (var row : jdbc.queryForList("select * from \"" + table + "\"")) {
                for (var cell : row.values()) {
                    var text = cell instanceof byte[] bytes
                            ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(cell);
                    for (var value : values) {
                        if (text.contains(value)) {
                            found.add(capitals(table));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String capitals(String table) {
        return table.toUpperCase(Locale.ROOT);
    }
}
