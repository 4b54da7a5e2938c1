package io.countersign.input;

import java.math.BigDecimal;
import java.util.Optional;

/** A percentage written as "50%", "33.33 %" or a bare number; the value is the number of percent. */
final class Percent {
    private Percent() {
    }

    static Optional<BigDecimal> parse(Node node, String path, ProblemSink sink) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.TEXT && s.text().strip().endsWith("%")) {
            String number = s.text().strip();
            number = number.substring(0, number.length() - 1).strip();
            return Scalars.decimal(new Node.Scalar(s.position(), Node.Scalar.Kind.TEXT, number), path, sink);
        }
        return Scalars.decimal(node, path, sink);
    }
}
