package id.aduan.system;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current transaction, for what a transaction looks up or starts once and reuses:
 * bound to the transaction at its first use and dropped when it ends, committed or not. Outside a transaction every
 * call gets a new, empty map, so nothing is kept.
 */
public final class TransactionScopedMap<K, V> {

    /** The key this map binds to the transaction: the instance itself, one per owner. */
    private final Object key = new Object();

    @SuppressWarnings("unchecked")
    public Map<K, V> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        var bound = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return bound;
        }
        var map = new HashMap<K, V>();
        TransactionSynchronizationManager.bindResource(key, map);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return map;
    }
}
