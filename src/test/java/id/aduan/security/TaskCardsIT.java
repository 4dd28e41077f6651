package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.TestReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist's task cards show which report a task is about, read as Tasklist reads them: through the filters. */
@AduanIntegrationTest
class TaskCardsIT {

    @LocalServerPort
    int port;

    @Autowired
    FilterService filters;

    @Autowired
    AgencyService agencies;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService tasks;

    @Test
    void cardsShowTheTrackingIdTitleAndAgencyToTheAgencyAndNothingToAnother() {
        // given a road complaint whose title has punctuation, verified and routed to the public works office
        var api = ApiClient.on(port);
        var title = "Jalan rusak di Jl. Merdeka (km 5) - segera!";
        var trackingId = TestReports.filedAndVerified(api, TestReports.roadComplaintWith("title", title));

        // when the office's officer and another agency's officer list their agency's tasks, as Tasklist does
        var card = cards(api.as("dpupr-muba-officer", "demo"), StaffSetup.FILTER_MY_AGENCY, trackingId);
        var stranger = cards(api.as("dinkes-muba-officer", "demo"), StaffSetup.FILTER_MY_AGENCY, trackingId);

        // then the office's card shows the report's tracking ID, its title as written and the agency, and nothing else
        assertThat(card).hasSize(1);
        assertThat(card.get(0).get("due").isNull()).isFalse();
        assertThat(variables(card.get(0)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "trackingId",
                        trackingId,
                        "title",
                        title,
                        "agencyName",
                        "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Musi Banyuasin"));
        // and another agency sees no card of it
        assertThat(stranger).isEmpty();
    }

    @Test
    void filtersOfAnEarlierVersionShowTheCardsAfterTheNextStart() {
        // given the filters as an earlier version made them, without card variables
        var filter = filters.createFilterQuery()
                .filterName(StaffSetup.FILTER_MY_TASKS)
                .singleResult();
        var earlier = new HashMap<>(filter.getProperties());
        earlier.remove("variables");
        earlier.remove("showUndefinedVariable");
        filters.saveFilter(filter.setProperties(earlier));

        // when Aduan starts
        new StaffSetup(agencies, identity, authorizations, filters, tasks).setUp(null);

        // then they have them, and keep the rest
        var properties = filters.getFilter(filter.getId()).getProperties();
        assertThat(properties).containsAllEntriesOf(StaffSetup.TASK_CARDS);
        assertThat(properties).containsEntry("description", earlier.get("description"));
    }

    /** The tasks of the report in the named filter for the staff member, with the variables their cards show. */
    private static List<JsonNode> cards(ApiClient staff, String filterName, String trackingId) {
        var filterId = staff.get("/engine-rest/filter?resourceType=Task&name=" + filterName.replace(" ", "%20"))
                .json()
                .get(0)
                .get("id")
                .asText();
        var list = staff.with("Accept", "application/hal+json")
                .post("/engine-rest/filter/" + filterId + "/list", Map.of("processInstanceBusinessKey", trackingId));
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        var embedded = list.json().path("_embedded").path("task");
        var cards = new ArrayList<JsonNode>();
        embedded.forEach(cards::add);
        return cards;
    }

    private static Map<String, String> variables(JsonNode card) {
        var values = new HashMap<String, String>();
        card.path("_embedded")
                .path("variable")
                .forEach(variable -> values.put(
                        variable.get("name").asText(), variable.get("value").asText()));
        return values;
    }
}
