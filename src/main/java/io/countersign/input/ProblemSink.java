package io.countersign.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one input file; readers keep going after each one. */
final class ProblemSink {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    void add(Position at, String path, String message, String hint) {
        problems.add(new Problem(file, at.line(), at.column(), path, message, hint));
    }

    /** How many problems so far; a reader compares counts to know whether its part was clean. */
    int count() {
        return problems.size();
    }

    /** The problems added after the first {@code count}, in the order they were added. */
    List<Problem> since(int count) {
        return List.copyOf(problems.subList(count, problems.size()));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order (whole-file problems first); equal positions keep the order they were found in. */
    List<Problem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(sorted());
        }
    }
}
