package id.aduan.system;

import java.util.List;
import java.util.stream.Collectors;

/** Aduan was started for production without settings it cannot do without. */
class ProductionSettingsMissingException extends IllegalStateException {

    private final transient List<ProductionSettings.Problem> problems;

    ProductionSettingsMissingException(List<ProductionSettings.Problem> problems) {
        super("Aduan refuses to start outside the default run: "
                + problems.stream()
                        .map(problem -> problem.problem() + " (set " + problem.variable() + ")")
                        .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    List<ProductionSettings.Problem> problems() {
        return problems;
    }
}
