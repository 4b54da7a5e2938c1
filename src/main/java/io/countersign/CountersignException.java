package io.countersign;

/** The one unchecked root of every failure countersign reports; subclasses live in the package that owns the failure. */
public class CountersignException extends RuntimeException {
    public CountersignException(String message) {
        super(message);
    }

    public CountersignException(String message, Throwable cause) {
        super(message, cause);
    }
}
