package io.countersign.input;

import java.util.Locale;
import java.util.Optional;

/** The text formats a PI can be written in; the file name's extension decides. */
public enum InputFormat {
    YAML, JSON;

    /** The format for a file name ending in .yaml, .yml or .json (any case), or empty. */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
