package io.countersign.server.http;

import io.countersign.CountersignException;

/** Ends a request with {@link #problem()}. */
public final class ProblemException extends CountersignException {
    private final ApiProblem problem;

    public ProblemException(ApiProblem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ApiProblem.of("malformed-request", "The request cannot be used", 400, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ApiProblem.plain(404, "Not Found", detail));
    }

    public static ProblemException tooLarge(long limit, String what) {
        return new ProblemException(ApiProblem.plain(413, "Content Too Large", what + " is larger than the limit of "
                + Limits.describe(limit)));
    }

    public static ProblemException unsupported(String detail) {
        return new ProblemException(ApiProblem.plain(415, "Unsupported Media Type", detail));
    }
}
