package id.aduan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Rate limits for unit tests: Aduan's buckets in an in-memory H2 database of their own, made by the real
 * migration, on a clock that the test moves.
 */
final class TestRateLimits {

    /** Failed sign-ins of a client as any account, in one hour. */
    static final int FAILED_SIGN_INS_PER_CLIENT = 3;

    /** Requests for a new private link per client and per report, in one hour. */
    static final int ACCESS_LINKS = 4;

    static final int ACCESS_LINKS_PER_REPORT = 2;

    final MovableClock clock = new MovableClock();
    final DataSource database;
    final RateLimitBuckets buckets;
    final RateLimits limits;

    /** Submissions, wrong tokens per client and per report, failed sign-ins per client and account, in one hour. */
    TestRateLimits(int submissions, int rejectedTokens, int rejectedTokensPerReport, int failedSignIns) {
        database = new DriverManagerDataSource("jdbc:h2:mem:rate-limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V8__rate_limits.sql")).execute(database);
        buckets = new RateLimitBuckets(database, clock);
        limits = new RateLimits(
                buckets,
                new RateLimitProperties(
                        submissions,
                        rejectedTokens,
                        rejectedTokensPerReport,
                        failedSignIns,
                        FAILED_SIGN_INS_PER_CLIENT,
                        ACCESS_LINKS,
                        ACCESS_LINKS_PER_REPORT,
                        Duration.ofHours(1)));
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-16T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
