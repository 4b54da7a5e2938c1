package io.countersign.cli;

import io.countersign.CountersignException;

/** Input the command cannot use although it parsed (e.g. PO findings under --strict); exit code 2. */
final class UnusableInputException extends CountersignException {
    UnusableInputException(String message) {
        super(message);
    }
}
