package id.aduan.stats;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.integration.IntegrationService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published statistics, nationally and per agency. An agency counts the reports routed to it that it
 * did not hand back as outside its authority, by the report's status; confidential reports count too, as
 * numbers reveal nothing of them.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    private static final String CLOSED = "('ARCHIVED', 'COMPLETED')";

    private static final String NATIONAL_BY_STATUS =
            "select status, count(*) as reports from complaint group by status";

    private static final String NATIONAL_OVERDUE = "select count(*) from complaint c where c.status not in " + CLOSED
            + " and ((c.status = 'SUBMITTED' and c.verification_overdue = true)"
            + " or exists (select 1 from complaint_assignment a where a.complaint_id = c.id"
            + " and a.status <> 'RETURNED' and a.overdue_since is not null))";

    private static final String NATIONAL_BY_CHANNEL =
            "select channel, integration_id, count(*) as reports" + " from complaint group by channel, integration_id";

    private static final String AGENCIES_BY_STATUS = "select a.agency_code, c.status, count(distinct c.id) as reports,"
            + " count(distinct case when a.overdue_since is not null and c.status not in " + CLOSED
            + " then c.id end) as overdue"
            + " from complaint_assignment a join complaint c on c.id = a.complaint_id"
            + " where a.status <> 'RETURNED' %s group by a.agency_code, c.status";

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyService agencies;
    private final IntegrationService integrations;

    StatisticsService(NamedParameterJdbcTemplate jdbc, AgencyService agencies, IntegrationService integrations) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.integrations = integrations;
    }

    public ComplaintCounts national() {
        var byStatus = new EnumMap<ComplaintStatus, Long>(ComplaintStatus.class);
        jdbc.query(NATIONAL_BY_STATUS, row -> {
            byStatus.put(ComplaintStatus.valueOf(row.getString("status")), row.getLong("reports"));
        });
        var overdue = jdbc.queryForObject(NATIONAL_OVERDUE, Map.of(), Long.class);
        return ComplaintCounts.of(byStatus, overdue == null ? 0 : overdue);
    }

    /**
     * The reports received through each door: Aduan's own (the pages, the API), then every partner system by its
     * name, those that filed nothing yet included, as "connected" systems are reported.
     */
    public List<ChannelCount> channels() {
        var ownDoors = new EnumMap<Channel, Long>(Channel.class);
        var byPartner = new HashMap<Long, Long>();
        jdbc.query(NATIONAL_BY_CHANNEL, row -> {
            var partner = row.getObject("integration_id", Long.class);
            if (partner == null) {
                ownDoors.merge(Channel.valueOf(row.getString("channel")), row.getLong("reports"), Long::sum);
            } else {
                byPartner.merge(partner, row.getLong("reports"), Long::sum);
            }
        });
        var counts = new ArrayList<ChannelCount>();
        for (var channel : Channel.values()) {
            if (channel != Channel.INTEGRATION) {
                counts.add(new ChannelCount(channel, null, ownDoors.getOrDefault(channel, 0L)));
            }
        }
        integrations
                .names()
                .forEach((id, name) ->
                        counts.add(new ChannelCount(Channel.INTEGRATION, name, byPartner.getOrDefault(id, 0L))));
        return counts;
    }

    /** Every agency's numbers, in the order of their codes; agencies without reports count zero. */
    public List<AgencyStatistics> agencies() {
        var tallies = tallies(null);
        return agencies.list().stream()
                .map(agency -> statistics(agency, tallies))
                .toList();
    }

    public Optional<AgencyStatistics> agency(String agencyCode) {
        return agencies.find(agencyCode).map(agency -> statistics(agency, tallies(agency.getCode())));
    }

    private Map<String, Tally> tallies(String agencyCode) {
        var tallies = new HashMap<String, Tally>();
        var oneAgency = agencyCode != null;
        var sql = AGENCIES_BY_STATUS.formatted(oneAgency ? "and a.agency_code = :agencyCode" : "");
        jdbc.query(sql, oneAgency ? Map.of("agencyCode", agencyCode) : Map.of(), row -> {
            var tally = tallies.computeIfAbsent(row.getString("agency_code"), code -> new Tally());
            tally.byStatus.put(ComplaintStatus.valueOf(row.getString("status")), row.getLong("reports"));
            tally.overdue += row.getLong("overdue");
        });
        return tallies;
    }

    private static AgencyStatistics statistics(Agency agency, Map<String, Tally> tallies) {
        var tally = tallies.getOrDefault(agency.getCode(), new Tally());
        return new AgencyStatistics(
                agency.getCode(), agency.getName(), ComplaintCounts.of(tally.byStatus, tally.overdue));
    }

    private static final class Tally {
        private final Map<ComplaintStatus, Long> byStatus = new EnumMap<>(ComplaintStatus.class);
        private long overdue;
    }
}
