package id.aduan.system;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says on the console which settings a production start lacks and which environment variables set them. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsMissingException cause) {
        var description = "Aduan runs outside the default run (aduan.development is false: a profile such as postgres"
                + " is active), where it needs real settings:\n"
                + cause.problems().stream()
                        .map(problem -> "  - " + problem.property() + ": " + problem.problem())
                        .collect(Collectors.joining("\n"));
        var action = cause.problems().stream()
                .map(problem -> "  - set " + problem.variable() + " to " + problem.wanted())
                .collect(Collectors.joining("\n", "Set these environment variables (README, Operations):\n", ""));
        return new FailureAnalysis(description, action, cause);
    }
}
