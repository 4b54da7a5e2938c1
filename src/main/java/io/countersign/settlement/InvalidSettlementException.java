package io.countersign.settlement;

import io.countersign.CountersignException;
import java.util.List;
import java.util.stream.Collectors;

/** A settlement whose figures or dates do not hold together; every problem found, not only the first. */
public final class InvalidSettlementException extends CountersignException {
    private final transient List<SettlementProblem> problems;

    public InvalidSettlementException(List<SettlementProblem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the settlement:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SettlementProblem> problems() {
        return problems;
    }
}
