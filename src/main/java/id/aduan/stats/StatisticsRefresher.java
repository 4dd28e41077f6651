package id.aduan.stats;

import id.aduan.stats.FactStore.AssignmentKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the statistics tables up to date: every few seconds it reads the timeline entries added since the last time
 * (every change to a report adds one), recomputes those reports' facts, and adds the difference to the tallies, in
 * one transaction per batch. Nodes take turns through a lock on the {@code statistics_refresh} row. An entry id it did
 * not find while later ones were there belongs to a transaction still open (or rolled back): it looks for that id
 * again until {@code pending-timeout}. A new installation, or one upgraded from before the statistics tables, catches
 * up from the first entry, logging its progress.
 */
@Component
class StatisticsRefresher {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresher.class);

    /** Timeline entries read per transaction. */
    static final int BATCH = 100_000;

    private static final int MAX_PENDING = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FactReader reader;
    private final FactStore facts;
    private final TallyStore tallies;
    private final Levels levels;
    private final StatisticsProperties properties;
    private final Clock clock;

    StatisticsRefresher(
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transactions,
            FactReader reader,
            FactStore facts,
            TallyStore tallies,
            Levels levels,
            StatisticsProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reader = reader;
        this.facts = facts;
        this.tallies = tallies;
        this.levels = levels;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aduan.statistics.refresh-interval:5s}", initialDelay = 1000)
    void refreshRegularly() {
        catchUp();
    }

    /** Takes in every change committed so far; returns the number of timeline entries read. */
    synchronized long catchUp() {
        var started = System.nanoTime();
        long read = 0;
        int batch;
        do {
            batch = transactions.execute(status -> refreshBatch());
            read += batch;
            if (batch == BATCH) {
                log.info(
                        "Statistics catching up: {} timeline entries taken in, up to entry {} of {}",
                        read,
                        lastEntryId(),
                        newestEntryId());
            }
        } while (batch == BATCH);
        if (read > BATCH) {
            log.info(
                    "Statistics caught up: {} timeline entries in {} s",
                    read,
                    (System.nanoTime() - started) / 1_000_000_000);
        }
        return read;
    }

    /** The time the published figures are as of, or null before the first refresh. */
    Instant refreshedAt() {
        var at = jdbc.queryForObject(
                "select refreshed_at from statistics_refresh where id = 1", Map.of(), java.sql.Timestamp.class);
        return at == null ? null : at.toInstant();
    }

    /**
     * Whether every timeline entry written so far has been taken in, and the rows an upgrade added (governments',
     * provinces', days') have been made.
     */
    boolean caughtUp() {
        var made = jdbc.queryForObject(
                "select count(*) from statistics_refresh where id = 1 and days_kept and rolled_up_with is not null",
                Map.of(),
                Integer.class);
        return made == 1 && lastEntryId() >= newestEntryId();
    }

    private long lastEntryId() {
        return jdbc.queryForObject("select last_entry_id from statistics_refresh where id = 1", Map.of(), Long.class);
    }

    private long newestEntryId() {
        var newest = jdbc.queryForObject("select max(id) from complaint_event", Map.of(), Long.class);
        return newest == null ? 0 : newest;
    }

    private int refreshBatch() {
        var state = jdbc.queryForMap(
                "select last_entry_id, pending_entry_ids, rolled_up_with, days_kept from statistics_refresh"
                        + " where id = 1 for update",
                Map.of());
        if (!Boolean.TRUE.equals(state.get("days_kept"))) {
            tallies.keepDaysFromFacts();
            jdbc.update("update statistics_refresh set days_kept = true where id = 1", Map.of());
            log.info("Statistics: the country's figures per filing day made from the reports' facts");
        }
        var last = ((Number) state.get("last_entry_id")).longValue();
        var pending = Pending.parse((String) state.get("pending_entry_ids"));
        var now = clock.instant();
        var hierarchy = rollUp((String) state.get("rolled_up_with"));

        var complaintIds = new LinkedHashSet<Long>();
        var seen = new ArrayList<Long>();
        jdbc.query(
                "select id, complaint_id from complaint_event where id > :last order by id limit :batch",
                Map.of("last", last, "batch", BATCH),
                row -> {
                    seen.add(row.getLong("id"));
                    complaintIds.add(row.getLong("complaint_id"));
                });
        if (!pending.isEmpty()) {
            jdbc.query(
                    "select id, complaint_id from complaint_event where id in (:ids)",
                    Map.of("ids", pending.keySet()),
                    row -> {
                        pending.remove(row.getLong("id"));
                        complaintIds.add(row.getLong("complaint_id"));
                    });
        }
        var expected = last + 1;
        for (var id : seen) {
            for (; expected < id; expected++) {
                pending.put(expected, now);
            }
            expected = id + 1;
        }
        pending.values().removeIf(since -> since.isBefore(now.minus(properties.pendingTimeout())));
        if (pending.size() > MAX_PENDING) {
            log.warn(
                    "{} timeline entries were skipped and never appeared; the oldest are no longer looked for",
                    pending.size());
            pending.keySet().removeIf(id -> pending.size() > MAX_PENDING);
        }

        refresh(complaintIds, hierarchy);

        jdbc.update(
                "update statistics_refresh set last_entry_id = :last, pending_entry_ids = :pending,"
                        + " refreshed_at = :now where id = 1",
                Map.of(
                        "last",
                        seen.isEmpty() ? last : seen.get(seen.size() - 1),
                        "pending",
                        Pending.format(pending),
                        "now",
                        java.sql.Timestamp.from(now)));
        return seen.size();
    }

    /**
     * The agency hierarchy as it is now. On the first refresh after an upgrade, rolls the governments' and provinces'
     * rows up from the agencies'; when an agency moved since the last refresh, moves its rows to its new government and
     * province; a new agency has no rows to move.
     */
    private Hierarchy rollUp(String rolledUpWith) {
        var hierarchy = levels.currentHierarchy();
        var fingerprint = hierarchy.fingerprint();
        if (fingerprint.equals(rolledUpWith)) {
            return hierarchy;
        }
        var started = System.nanoTime();
        if (rolledUpWith == null) {
            tallies.rollUp(hierarchy);
            log.info(
                    "Statistics of governments and provinces rolled up from their agencies' in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            var before = facts.rolledUp();
            var moved = hierarchy.movedSince(before);
            if (!moved.isEmpty()) {
                tallies.move(moved, before, hierarchy);
                log.info(
                        "Statistics: {} moved to another government or province, their figures with them, in {} ms",
                        moved,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        facts.saveRolledUp(hierarchy);
        jdbc.update(
                "update statistics_refresh set rolled_up_with = :fingerprint where id = 1",
                Map.of("fingerprint", fingerprint));
        return hierarchy;
    }

    /** Reports read per query: a batch's may be more than a database takes as parameters of one statement. */
    static final int REPORTS_PER_READ = 5_000;

    /** Recomputes these reports' facts and adds what changed to the tallies. */
    private void refresh(Set<Long> complaintIds, Hierarchy hierarchy) {
        var ids = new ArrayList<>(complaintIds);
        var deltas = new HashMap<TallyKey, Tally>();
        for (var from = 0; from < ids.size(); from += REPORTS_PER_READ) {
            refresh(ids.subList(from, Math.min(ids.size(), from + REPORTS_PER_READ)), hierarchy, deltas);
        }
        tallies.add(deltas);
    }

    private void refresh(List<Long> complaintIds, Hierarchy hierarchy, Map<TallyKey, Tally> deltas) {
        var current = reader.read(complaintIds);
        var storedReports = facts.reports(complaintIds);
        var storedAssignments = facts.assignments(complaintIds);

        var staleReports = new ArrayList<ReportFacts>();
        var newReports = new ArrayList<ReportFacts>();
        for (var fact : current.reports()) {
            var stored = storedReports.get(fact.complaintId());
            if (fact.equals(stored)) {
                continue;
            }
            if (stored != null) {
                contribute(deltas, stored, -1);
                staleReports.add(stored);
            }
            contribute(deltas, fact, 1);
            newReports.add(fact);
        }

        var staleAssignments = new ArrayList<AssignmentFacts>();
        var newAssignments = new ArrayList<AssignmentFacts>();
        var gone = new LinkedHashMap<>(storedAssignments);
        for (var fact : current.assignments()) {
            var stored = gone.remove(new AssignmentKey(fact.complaintId(), fact.agencyCode()));
            if (fact.equals(stored)) {
                continue;
            }
            if (stored != null) {
                contribute(deltas, hierarchy, stored, -1);
                staleAssignments.add(stored);
            }
            contribute(deltas, hierarchy, fact, 1);
            newAssignments.add(fact);
        }
        for (var stored : gone.values()) {
            contribute(deltas, hierarchy, stored, -1);
            staleAssignments.add(stored);
        }

        facts.saveReports(staleReports, newReports);
        facts.saveAssignments(staleAssignments, newAssignments);
    }

    private static void contribute(Map<TallyKey, Tally> deltas, ReportFacts fact, int sign) {
        var tally = fact.tally();
        deltas.computeIfAbsent(new TallyKey(Scope.DAY, Scope.NONE, fact.filingDate()), key -> new Tally())
                .add(tally, sign);
        for (var scope : List.of(
                Map.entry(Scope.NATIONAL, Scope.NONE),
                Map.entry(Scope.CATEGORY, fact.categoryCode()),
                Map.entry(Scope.REGION, fact.regionCode()),
                Map.entry(Scope.CHANNEL, fact.channel()))) {
            add(deltas, scope.getKey(), scope.getValue(), fact.filingDate(), tally, sign);
        }
    }

    private static void contribute(Map<TallyKey, Tally> deltas, Hierarchy hierarchy, AssignmentFacts fact, int sign) {
        var tally = fact.tally();
        add(deltas, Scope.AGENCY, fact.agencyCode(), fact.filingDate(), tally, sign);
        hierarchy.rollUp(fact.agencyCode(), (scope, code) -> add(deltas, scope, code, fact.filingDate(), tally, sign));
    }

    private static void add(
            Map<TallyKey, Tally> deltas, Scope scope, String code, java.time.LocalDate day, Tally tally, int sign) {
        deltas.computeIfAbsent(TallyKey.month(scope, code, day), key -> new Tally())
                .add(tally, sign);
    }

    /** Skipped entry ids and since when, kept as {@code id@epochSecond,…}. */
    private static final class Pending {

        static Map<Long, Instant> parse(String text) {
            var pending = new LinkedHashMap<Long, Instant>();
            if (text != null && !text.isBlank()) {
                for (var item : text.split(",")) {
                    var parts = item.split("@");
                    pending.put(Long.valueOf(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])));
                }
            }
            return pending;
        }

        static String format(Map<Long, Instant> pending) {
            return pending.entrySet().stream()
                    .map(entry -> entry.getKey() + "@" + entry.getValue().getEpochSecond())
                    .collect(Collectors.joining(","));
        }
    }
}
