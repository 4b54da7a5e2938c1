package io.countersign.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a parser's syntax error into a {@link Problem} with a readable message and a hint, without Java class names. */
final class SyntaxErrors {
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern JAVA_NAMES = Pattern.compile("`|com\\.fasterxml|org\\.yaml|java\\.|Exception|Feature");

    /** Hints by a fragment of the parser's message, first match wins. */
    private static final List<String[]> YAML_HINTS = List.of(
            new String[] {"(TAB)", "indent with spaces; YAML does not allow tab characters for indentation"},
            new String[] {"mapping values are not allowed", "check the indentation, and put quotes around text that contains ': '"},
            new String[] {"expected <block end>", "check the indentation: the entries of one mapping or list start in the same column"},
            new String[] {"could not find expected ':'", "write key: value with a space after the colon; check this line and the one before"},
            new String[] {"end of stream", "close the quote or bracket that is still open"},
            new String[] {"expected ',' or ']'", "separate list items with commas and close the list with ]"},
            new String[] {"expected ',' or '}'", "separate entries with commas and close the mapping with }"},
            new String[] {"alias", "YAML aliases are not supported; write the value out in full"});
    private static final List<String[]> JSON_HINTS = List.of(
            new String[] {"Leading zeroes", "write codes such as GTINs as quoted strings, e.g. \"012345678905\""},
            new String[] {"double-quote to start field name", "JSON needs \"quoted\" names and no comma after the last entry"},
            new String[] {"expecting comma", "separate entries with commas"},
            new String[] {"expecting a colon", "write \"name\": value"},
            new String[] {"end-of-input", "the file ends too early: close every open {, [ and \""},
            new String[] {"Unrecognized token", "put quotes around text values: \"like this\""},
            new String[] {"close marker", "check that every { is closed by } and every [ by ]"});

    private SyntaxErrors() {
    }

    static void report(JsonProcessingException e, InputFormat format, ProblemSink sink) {
        if (e instanceof StreamConstraintsException) {
            sink.add(position(e.getLocation()), "", "a number, name or text in the file is longer than countersign accepts",
                    "numbers may have at most " + TreeBuilder.MAX_NUMBER_LENGTH + " digits and names at most "
                            + TreeBuilder.MAX_NAME_LENGTH + " characters; look for a pasted block of data");
            return;
        }
        if (format == InputFormat.YAML) {
            Optional<MarkedYAMLException> marked = markedCause(e);
            if (marked.isPresent()) {
                reportYaml(marked.get(), e, sink);
                return;
            }
        }
        String message = CHAR_CODE.matcher(e.getOriginalMessage()).replaceAll("");
        message = SOURCE.matcher(message).replaceAll("line $1, column $2")
                .replace("for Array", "for the list").replace("for Object", "for the object");
        List<String[]> hints = format == InputFormat.YAML ? YAML_HINTS : JSON_HINTS;
        String what = format == InputFormat.YAML ? "YAML" : "JSON";
        sink.add(position(e.getLocation()), "", clean(message, "malformed " + what), hint(message, hints, what));
    }

    private static void reportYaml(MarkedYAMLException y, JsonProcessingException e, ProblemSink sink) {
        String problem = y.getProblem() == null ? "malformed YAML"
                : y.getProblem().contains("(TAB)") ? "a tab character where YAML expects spaces (TAB)" : y.getProblem();
        StringBuilder message = new StringBuilder(problem);
        Mark context = y.getContextMark();
        if (y.getContext() != null && context != null) {
            message.append(" (").append(y.getContext()).append(" that starts at line ").append(context.getLine() + 1)
                    .append(", column ").append(context.getColumn() + 1).append(')');
        }
        Mark at = y.getProblemMark();
        Position position = at == null ? position(e.getLocation()) : new Position(at.getLine() + 1, at.getColumn() + 1);
        sink.add(position, "", clean(message.toString(), "malformed YAML"), hint(problem, YAML_HINTS, "YAML"));
    }

    private static Optional<MarkedYAMLException> markedCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String clean(String message, String fallback) {
        String m = message.strip();
        return m.isEmpty() || JAVA_NAMES.matcher(m).find() ? fallback : m;
    }

    private static String hint(String message, List<String[]> hints, String what) {
        for (String[] h : hints) {
            if (message.contains(h[0])) {
                return h[1];
            }
        }
        return "check the " + what + " syntax at this position";
    }

    private static Position position(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? Position.FILE : new Position(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }
}
