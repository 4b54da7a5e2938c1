package io.countersign.input;

import io.countersign.CountersignException;
import java.util.List;

/**
 * An input file that cannot be used, with every problem found in it. The message starts with
 * a count and then lists the problems one per line, in file order.
 */
public final class InvalidInputException extends CountersignException {
    /** At most this many problems are spelled out in the message; {@link #problems()} has them all. */
    static final int MAX_LISTED = 200;

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        String file = problems.isEmpty() ? "input" : problems.get(0).file();
        StringBuilder sb = new StringBuilder()
                .append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ").append(file).append(':');
        problems.stream().limit(MAX_LISTED).forEach(p -> sb.append('\n').append(p));
        if (problems.size() > MAX_LISTED) {
            sb.append("\n… and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return sb.toString();
    }
}
