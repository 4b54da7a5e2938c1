package io.countersign.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.input.Problem;
import io.countersign.server.store.Json;
import java.util.List;
import java.util.Map;

/**
 * An error answer as RFC 9457 problem details: {@code type} (a URI naming the kind of problem; {@code about:blank}
 * when the status says it all), {@code title}, {@code status}, {@code detail}, and for bad input the located
 * problems in {@code errors} — file, line, column, field path, message and hint, as the command line prints them.
 */
public record ApiProblem(String type, String title, int status, String detail, List<Problem> errors, Map<String, String> headers) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "tag:countersign.io,2026:problem:";

    public ApiProblem {
        errors = List.copyOf(errors);
        headers = Map.copyOf(headers);
    }

    /** A problem of a kind clients can act on, named {@code tag:countersign.io,2026:problem:<slug>}. */
    public static ApiProblem of(String slug, String title, int status, String detail) {
        return new ApiProblem(TYPES + slug, title, status, detail, List.of(), Map.of());
    }

    /** A problem the status code describes fully. */
    public static ApiProblem plain(int status, String title, String detail) {
        return new ApiProblem("about:blank", title, status, detail, List.of(), Map.of());
    }

    public ApiProblem withErrors(List<Problem> problems) {
        return new ApiProblem(type, title, status, detail, problems, headers);
    }

    public ApiProblem withHeader(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiProblem(type, title, status, detail, errors, h);
    }

    public byte[] body(String instance) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("type", type).put("title", title).put("status", status).put("detail", detail);
        if (!instance.isEmpty()) {
            n.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = n.putArray("errors");
            for (Problem p : errors) {
                ObjectNode e = list.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                        .put("path", p.path()).put("message", p.message()).put("hint", p.hint());
                e.put("text", p.toString());
            }
        }
        return Json.bytes(n);
    }
}
