package io.countersign.render;

import io.countersign.CountersignException;

/** A template that cannot be processed; the message names the template and, when known, the line and column. */
public final class TemplateException extends CountersignException {
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
