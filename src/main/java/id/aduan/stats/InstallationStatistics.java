package id.aduan.stats;

import id.aduan.integration.ConnectedInstallation;
import id.aduan.integration.RemoteInstallations;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The connected Aduan installations and their published figures (docs/statistics.md, Connected installations): every
 * {@code aduan.installations.statistics-refresh} each active connection's national figures of the current year are
 * fetched from its public statistics API and stored with the time they were fetched. Pages and APIs read the stored
 * rows only, never the other installation: one that is down keeps its last figures with their time, and its error.
 */
@Service
public class InstallationStatistics {

    private static final Logger log = LoggerFactory.getLogger(InstallationStatistics.class);

    private final RemoteInstallations installations;
    private final InstallationStatisticsClient client;
    private final InstallationStatisticsStore store;
    private final Levels levels;
    private final StatisticsService statistics;
    private final InstallationStatisticsProperties properties;
    private final Clock clock;
    private final AtomicBoolean fetching = new AtomicBoolean();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "installation-statistics");
        thread.setDaemon(true);
        return thread;
    });

    InstallationStatistics(
            RemoteInstallations installations,
            InstallationStatisticsClient client,
            InstallationStatisticsStore store,
            Levels levels,
            StatisticsService statistics,
            InstallationStatisticsProperties properties,
            Clock clock) {
        this.installations = installations;
        this.client = client;
        this.store = store;
        this.levels = levels;
        this.statistics = statistics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every connected installation with its figures as last fetched, in the order of their names. */
    public List<InstallationFigures> list() {
        var stored = store.all();
        var agencyNames = levels.names(Scope.AGENCY);
        return installations.list().stream()
                .map(installation -> {
                    var row = stored.get(installation.integrationId());
                    var served = installation.servedAgencies().stream()
                            .map(code -> new InstallationFigures.ServedAgency(code, agencyNames.get(code)))
                            .toList();
                    return new InstallationFigures(
                            installation.integrationId(),
                            installation.name(),
                            installation.url(),
                            installation.active(),
                            served,
                            row == null ? null : row.period(),
                            row == null ? null : row.counts(),
                            row == null ? null : row.asOf(),
                            row == null ? null : row.fetchedAt(),
                            row == null ? null : row.attemptedAt(),
                            row == null ? null : row.failedAt(),
                            row == null ? null : row.lastError());
                })
                .toList();
    }

    /**
     * The active connected installations only, as the public statistics show them beside this installation's figures:
     * without anything of the connection.
     */
    public List<PublishedInstallation> published() {
        return list().stream()
                .filter(InstallationFigures::active)
                .map(PublishedInstallation::of)
                .toList();
    }

    /**
     * Starts a fetch on a thread of its own, so that an installation that is slow to answer never holds up the tasks
     * of the shared scheduler (the statistics refresh every few seconds); none while the last one still runs.
     */
    @Scheduled(
            fixedDelayString = "${aduan.installations.statistics-refresh:PT15M}",
            initialDelayString = "${aduan.installations.statistics-first-fetch:PT30S}")
    void refreshRegularly() {
        if (fetching.compareAndSet(false, true)) {
            fetcher.execute(() -> {
                try {
                    refresh();
                } catch (RuntimeException e) {
                    log.error(
                            "Statistics of connected installations not fetched: {}. The last figures stay published;"
                                    + " the next attempt is in {}",
                            e.getMessage(),
                            properties.statisticsRefresh(),
                            e);
                } finally {
                    fetching.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        fetcher.shutdownNow();
    }

    /**
     * Fetches every active connected installation's national figures of the current year now, one after the other,
     * each within the configured timeout; returns how many were fetched. A failure is stored with its error and
     * logged with what to check; it keeps the figures fetched before. The connected regencies and cities are counted
     * anew too, since the agencies served elsewhere may have changed.
     */
    public synchronized int refresh() {
        var year = LocalDate.now(clock.withZone(FactReader.PUBLISHED_ZONE)).getYear();
        var active = installations.list().stream()
                .filter(ConnectedInstallation::active)
                .toList();
        var fetched = 0;
        for (var installation : active) {
            try {
                store.fetched(installation.integrationId(), client.fetch(installation.url(), year), clock.instant());
                fetched++;
            } catch (InstallationStatisticsClient.FetchFailed e) {
                store.failed(installation.integrationId(), e.getMessage(), clock.instant());
                log.warn(
                        "Statistics of connected installation {} (integration {}) not fetched from {}: {}. Its last"
                                + " figures stay published with their time; check that it is up and answers GET"
                                + " {}/api/statistics, or correct its address in the integration",
                        installation.name(),
                        installation.integrationId(),
                        installation.url(),
                        e.getMessage(),
                        installation.url());
            }
        }
        statistics.recountConnectedGovernments();
        if (!active.isEmpty()) {
            log.info("Statistics of connected installations: {} of {} fetched for {}", fetched, active.size(), year);
        }
        return fetched;
    }
}
