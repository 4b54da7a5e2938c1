package io.countersign.server.http;

import io.countersign.server.jobs.ServerBusyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Refuses work the server cannot take before its body is read: when the render queue is full (or the
 * server is stopping), the answer is 503 with Retry-After at once, without parsing megabytes of input.
 */
final class Admission {
    private Admission() {
    }

    /** Up to this much of a refused request's body is read and dropped, so the client can finish sending and read the answer. */
    private static final long DRAIN_BYTES = 16L << 20;

    static void renderSlot(Services s, Context ctx) {
        if (s.draining().getAsBoolean() || s.pool().stopping()) {
            throw refuse(ctx, new ServerBusyException("the server is shutting down", 5, true));
        }
        if (s.pool().full()) {
            throw refuse(ctx, new ServerBusyException("the render queue is full", s.pool().retryAfterSeconds(), false));
        }
    }

    /**
     * A client still uploading when the answer comes may see the connection reset instead of the 503: read
     * the rest of a body of usual size (cheap next to a render), and close the connection after a larger one.
     */
    static ServerBusyException refuse(Context ctx, ServerBusyException e) {
        long declared = ctx.contentLength();
        if (declared < 0 || declared > DRAIN_BYTES) {
            ctx.header("Connection", "close");
            return e;
        }
        try (InputStream in = ctx.bodyInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            ctx.header("Connection", "close");
        }
        return e;
    }
}
