package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AduanIntegrationTest
class JobTableIndexesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givesTheJobTableTheIndexesItsSearchForDueJobsNeeds() {
        var columns = jdbc.queryForList(
                "select lower(column_name) from information_schema.index_columns"
                        + " where lower(table_name) = 'act_ru_job' and lower(index_name) like 'aduan_idx_job_%'",
                String.class);

        assertThat(columns).containsExactlyInAnyOrder("duedate_", "lock_exp_time_");
    }
}
