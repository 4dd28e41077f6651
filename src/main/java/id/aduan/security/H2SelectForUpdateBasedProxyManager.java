package id.aduan.security;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update backend for H2, the default run's database, for which Bucket4j ships none. It does
 * what Bucket4j's {@code PostgreSQLSelectForUpdateBasedProxyManager} does, on the same table, in SQL that H2
 * understands: H2 has no {@code on conflict do nothing}, so a new bucket's row is a plain insert, and a duplicate
 * key means that another request inserted it first.
 */
final class H2SelectForUpdateBasedProxyManager extends AbstractSelectForUpdateBasedProxyManager<String>
        implements ExpiredEntriesCleaner {

    private static final String TABLE = RateLimitBuckets.TABLE;
    private static final String SELECT = "select state from " + TABLE + " where id = ? for update";
    private static final String INSERT = "insert into " + TABLE + " (id, state) values (?, null)";
    private static final String UPDATE = "update " + TABLE + " set state = ?, expires_at = ? where id = ?";
    private static final String DELETE = "delete from " + TABLE + " where id = ?";
    private static final String DELETE_EXPIRED = "delete from " + TABLE + " where expires_at < ? limit ?";
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final CustomColumnProvider<String> expiresAt;

    H2SelectForUpdateBasedProxyManager(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
        this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider(
                "expires_at", config.getExpirationAfterWriteStrategy().orElseThrow());
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(key, dataSource.getConnection());
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public int removeExpired(int batchSize) {
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement(DELETE_EXPIRED)) {
            delete.setLong(1, System.currentTimeMillis());
            delete.setInt(2, batchSize);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final String key;
        private final Connection connection;

        Transaction(String key, Connection connection) {
            this.key = key;
            this.connection = connection;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (var select = connection.prepareStatement(SELECT)) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, key);
                try (var row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (var insert = connection.prepareStatement(INSERT)) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            try (var update = connection.prepareStatement(UPDATE)) {
                applyTimeout(update, timeoutNanos);
                update.setBytes(1, data);
                expiresAt.setCustomField(key, 2, update, state, currentTimeNanos());
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private static void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
