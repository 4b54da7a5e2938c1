package io.countersign.input;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the node a field path names ({@code compensation[1].instalments.first}), so that problems
 * found after reading (by a calculator that knows paths, not lines) still point into the file. A
 * path that leads nowhere gives the deepest node on the way. A mapping or list reached by a key is
 * placed at its key ({@code split:}), where a reader looks for it.
 */
final class NodeAt {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d+)]");

    private NodeAt() {
    }

    static Position position(Node root, String path) {
        Node at = root;
        Position key = null;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                Optional<Node.Entry> entry = entry(at, m.group(1));
                if (entry.isEmpty()) {
                    break;
                }
                at = entry.get().value();
                key = entry.get().keyPosition();
            } else {
                Optional<Node> item = item(at, Integer.parseInt(m.group(2)));
                if (item.isEmpty()) {
                    break;
                }
                at = item.get();
                key = null;
            }
        }
        return key != null && !(at instanceof Node.Scalar) ? key : at.position();
    }

    private static Optional<Node.Entry> entry(Node node, String key) {
        return node instanceof Node.Mapping m ? m.entry(key) : Optional.empty();
    }

    private static Optional<Node> item(Node node, int index) {
        return node instanceof Node.Sequence s && index < s.items().size() ? Optional.of(s.items().get(index)) : Optional.empty();
    }
}
