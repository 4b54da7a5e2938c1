package io.countersign.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority on localhost, as a real one answers: POST
 * {@code application/timestamp-query} in, {@code application/timestamp-reply} out, tokens signed
 * by the test PKI's TSA certificate with BouncyCastle's generator. Close it after the test.
 */
public final class TestTsa implements AutoCloseable {
    /** The time every token says, so reports can be asserted exactly. */
    public static final Instant TIME = Instant.parse("2026-08-20T08:15:07Z");

    private final HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    private TestTsa(HttpServer server) {
        this.server = server;
    }

    public static TestTsa start(TestPki.Identity tsa) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestTsa t = new TestTsa(server);
            server.createContext("/tsa", exchange -> {
                try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                    TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                            new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.key(), tsa.certificate()),
                            new JcaDigestCalculatorProviderBuilder().build().get(
                                    new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                    tokens.addCertificates(new JcaCertStore(tsa.chain()));
                    TimeStampResponse response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                            .generate(request, BigInteger.valueOf(t.served.incrementAndGet()), Date.from(TIME));
                    byte[] body = response.getEncoded();
                    exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.createContext("/html", exchange -> {
                byte[] body = "<html>not a TSA</html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return t;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** A URL on the same server that answers HTML, like a mistyped TSA address. */
    public URI htmlUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/html");
    }

    /** Tokens issued so far. */
    public int served() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
