package io.countersign.settlement;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems the calculator finds, so that one run names all of them. */
final class ProblemList {
    private final List<SettlementProblem> problems = new ArrayList<>();

    void add(String path, String message, String hint) {
        problems.add(new SettlementProblem(path, message, hint));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<SettlementProblem> all() {
        return List.copyOf(problems);
    }
}
