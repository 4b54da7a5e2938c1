package io.countersign.signing;

import io.countersign.CountersignException;

/**
 * Input that signing or verifying cannot use: an unreadable or wrong keystore, a wrong password,
 * an expired certificate, a file that is not a PDF, a field or place that does not fit. The
 * message names the file or value and how to fix it; the command line exits 2.
 */
public final class SigningInputException extends CountersignException {
    public SigningInputException(String message) {
        super(message);
    }

    public SigningInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
