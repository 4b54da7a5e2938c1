package io.countersign.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed request line, headers too
 * large, a URI too long): problem+json with the security headers too, never an HTML error page.
 */
final class JettyProblems extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        decorate(headers);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        decorate(fields);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static void decorate(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, ApiProblem.MEDIA_TYPE);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        Responses.SECURITY_HEADERS.forEach(headers::put);
    }

    private static byte[] body(int code, String message) {
        String title = Problems.reason(code);
        return ApiProblem.plain(code, title, message == null || message.isBlank() ? title : message).body("");
    }
}
