package io.countersign.server.http;

import io.countersign.CountersignException;
import io.countersign.input.InvalidInputException;
import io.countersign.server.documents.NotFoundException;
import io.countersign.server.documents.SettlementIssuer;
import io.countersign.server.jobs.RenderTimeoutException;
import io.countersign.server.jobs.ServerBusyException;
import io.countersign.server.jobs.ZipInput;
import io.countersign.server.store.ContentStore;
import io.countersign.server.store.RegistryException;
import io.countersign.server.store.RevisionConflictException;
import io.countersign.signoff.UnusableReturnException;
import io.javalin.http.HttpResponseException;
import java.util.Optional;

/**
 * Turns what went wrong into the problem the client gets. Bad input is 4xx with what the command line
 * would print; a full queue is 503 with Retry-After; only a fault of the server itself is 500, and then
 * the detail names an incident id that is also in the server's log, not the stack trace.
 */
final class Problems {
    private Problems() {
    }

    /** The problem for {@code e}; empty when it is a fault of the server (to be logged and answered 500). */
    static Optional<ApiProblem> of(Throwable e) {
        if (e instanceof ProblemException p) {
            return Optional.of(p.problem());
        }
        if (e instanceof InvalidInputException invalid) {
            return Optional.of(ApiProblem.of("invalid-input", "The input has problems", 422, firstLine(invalid.getMessage()))
                    .withErrors(invalid.problems()));
        }
        if (e instanceof UnusableReturnException) {
            return Optional.of(ApiProblem.of("unusable-return", "The returned file cannot be read as this document", 422, e.getMessage()));
        }
        if (e instanceof ZipInput.BadUploadException) {
            return Optional.of(ApiProblem.of("bad-upload", "The upload cannot be used", 422, e.getMessage()));
        }
        if (e instanceof RevisionConflictException) {
            return Optional.of(ApiProblem.of("revision-conflict", "This revision was issued with other content", 409, e.getMessage()));
        }
        if (e instanceof SettlementIssuer.NoSigningKeyException) {
            return Optional.of(ApiProblem.of("no-signing-key", "The server cannot sign", 409, e.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return Optional.of(ApiProblem.plain(404, "Not Found", e.getMessage()));
        }
        if (e instanceof ContentStore.TooLargeException big) {
            return Optional.of(ProblemException.tooLarge(big.limit(), "the request body").problem());
        }
        if (e instanceof ServerBusyException busy) {
            return Optional.of(ApiProblem.of(busy.stopping() ? "shutting-down" : "server-busy",
                    busy.stopping() ? "The server is shutting down" : "The server is busy", 503, e.getMessage())
                    .withHeader("Retry-After", Integer.toString(busy.retryAfterSeconds())));
        }
        if (e instanceof RenderTimeoutException) {
            return Optional.of(ApiProblem.of("render-timeout", "Rendering took too long", 503, e.getMessage()
                    + "; a very large document may need to be split, or posted again when the server is less busy"));
        }
        if (e instanceof HttpResponseException h) {
            return Optional.of(ApiProblem.plain(h.getStatus(), reason(h.getStatus()), h.getMessage()));
        }
        if (e instanceof RegistryException) {
            return Optional.empty();
        }
        if (e instanceof CountersignException) {
            // The library's own failures on a document (a picture it cannot decode, a sheet too small for its barcode …):
            // the input's doing, worded for the user.
            return Optional.of(ApiProblem.of("unprocessable", "The document cannot be made", 422, e.getMessage()));
        }
        return Optional.empty();
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl - (s.charAt(nl - 1) == ':' ? 1 : 0));
    }
}
