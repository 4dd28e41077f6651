package id.aduan;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Enables {@link PostgresTest}s when the server answers; asks it once per run. */
class PostgresCondition implements ExecutionCondition {

    static final String REQUIRED = "aduan.postgres-tests.required";

    private static final Logger log = LoggerFactory.getLogger(PostgresCondition.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("result", key -> evaluate(), ConditionEvaluationResult.class);
    }

    private static ConditionEvaluationResult evaluate() {
        var server = PostgresServer.fromEnvironment();
        var unavailability = server.unavailability();
        if (unavailability.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + server);
        }
        var problem = "no PostgreSQL server answers at " + server + " (" + unavailability.get()
                + "). Start one, or set ADUAN_TEST_DB_HOST, ADUAN_TEST_DB_PORT, ADUAN_TEST_DB_USER and ADUAN_TEST_DB_PASSWORD.";
        if (Boolean.getBoolean(REQUIRED)) {
            throw new IllegalStateException("PostgreSQL tests are required (" + REQUIRED + "=true), but " + problem);
        }
        log.warn("PostgreSQL tests skipped: {}", problem);
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + problem);
    }
}
