package io.countersign.signing;

import io.countersign.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks an RFC 3161 time-stamp authority for a token over some bytes (the signature value, for
 * PAdES B-T): HTTP POST of {@code application/timestamp-query}, SHA-256 imprint, a random nonce,
 * the TSA's certificate requested. Bounded: connect and answer time limits, and a size limit on
 * the answer. The response is checked against the request (status, imprint, nonce) before use.
 */
public final class TimestampClient {
    /** Tokens are a few kilobytes; a TSA answering megabytes is broken or hostile. */
    private static final int MAX_RESPONSE = 256 * 1024;
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final Duration connectTimeout;
    private final Duration timeout;

    public TimestampClient(URI url, Duration connectTimeout, Duration timeout) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SigningInputException("time-stamp authority " + url + " must be an http:// or https:// URL");
        }
        this.url = url;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    /** 10 s to connect, 30 s for the whole answer. */
    public static TimestampClient of(URI url) {
        return new TimestampClient(url, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public URI url() {
        return url;
    }

    /** A token whose message imprint is the SHA-256 of {@code data}. */
    public TimeStampToken stamp(byte[] data) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, Sha256.digest(data),
                BigInteger.valueOf(NONCES.nextLong() & Long.MAX_VALUE));
        byte[] answer = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimestampException("time-stamp authority " + url + " refused: status " + response.getStatus()
                        + (response.getStatusString() == null ? "" : " (" + response.getStatusString() + ")"));
            }
            response.validate(request);
            return token;
        } catch (TSPException | IOException e) {
            throw new TimestampException("time-stamp authority " + url + " gave an unusable answer: " + e.getMessage(), e);
        }
    }

    private byte[] post(TimeStampRequest request) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpRequest http = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            HttpResponse<InputStream> response = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TimestampException("time-stamp authority " + url + " answered HTTP " + response.statusCode());
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.toLowerCase(Locale.ROOT).startsWith("application/timestamp-reply")) {
                    throw new TimestampException("time-stamp authority " + url + " answered \"" + type
                            + "\", not application/timestamp-reply — hint: is this the TSA's RFC 3161 URL?");
                }
                byte[] bytes = body.readNBytes(MAX_RESPONSE + 1);
                if (bytes.length > MAX_RESPONSE) {
                    throw new TimestampException("time-stamp authority " + url + " answered more than " + MAX_RESPONSE / 1024 + " KB");
                }
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw new TimestampException("time-stamp authority " + url + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new TimestampException("cannot reach time-stamp authority " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("interrupted while waiting for time-stamp authority " + url, e);
        }
    }

}
