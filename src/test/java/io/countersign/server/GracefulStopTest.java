package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.core.Sha256;
import io.countersign.server.TestServer.Reply;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the server finishes what it has accepted: renders running or queued are answered and kept,
 * an answer still being written is written to its end; what comes after is refused.
 */
class GracefulStopTest {
    @TempDir
    Path data;
    /** The picture tests share a registry: the PI with the big picture is rendered once, then answered 200. */
    @TempDir
    static Path withPicture;
    /** Noise, so that neither the store nor the kernel's buffers shrink it: 7.7 MB. */
    static byte[] picture;

    @BeforeAll
    static void paintPicture() throws Exception {
        picture = noisePng(1600, 1600);
    }

    /** A stop overlapping a post once lost the post's answer: the handler had returned, the answer was not yet written. */
    @Test
    void everyPostRunningOrQueuedWhenTheServerStopsIsAnsweredAndKept() throws Exception {
        int posts = 4;
        // One render thread: when the stop begins, one post renders and the others wait in the queue.
        ServerConfig config = TestServer.config(data).withRenderPool(1, 8, Duration.ofSeconds(120));
        TestServer server = TestServer.start(config);
        // Threads of their own: on a 2-core machine the common pool has one, and the stop must overlap the posts.
        ExecutorService threads = Executors.newFixedThreadPool(posts + 1);
        List<Future<Reply>> posting = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            Form pi = Form.samplePi(numbered("STOP-" + i));
            posting.add(threads.submit(() -> server.post("/api/v1/pi", pi)));
        }
        while (renders(server) + posting.stream().filter(Future::isDone).count() < posts) {
            Thread.sleep(2);
        }
        assertThat(posting).as("the stop overlaps the posts").anyMatch(f -> !f.isDone());

        Future<?> stopping = threads.submit(server::close);
        while (stoppingOrGone(server)) {
            Thread.sleep(2);
        }
        Reply late = refusedOrAnswered(server, Form.samplePi(numbered("STOP-LATE")));
        List<Reply> answers = new ArrayList<>();
        for (Future<Reply> f : posting) {
            answers.add(f.get());
        }
        stopping.get();
        threads.shutdown();

        assertThat(late == null ? 503 : late.status()).as("a post after the stop began: %s", late).isEqualTo(503);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(server.log()).doesNotContain("cut off");
        try (TestServer again = TestServer.start(config)) {
            for (Reply a : answers) {
                assertThat(again.get(a.json().path("links").path("self").asText()).status()).isEqualTo(200);
            }
            assertThat(again.get("/api/v1/documents").json().path("count").asInt()).as("nothing of the late post is kept").isEqualTo(posts);
        }
    }

    /**
     * The answer a handler hands over as a stream is written after the handler has returned: a stop that
     * waited only for handlers cut a download off. Here the kernel buffers cannot hold the picture, so most
     * of it is still in the server when the stop begins, and the client reads nothing for a while (Jetty's
     * own graceful stop closes a connection quiet for a second).
     */
    @Test
    void aDownloadUnderWayWhenTheServerStopsIsWrittenToItsEnd() throws Exception {
        TestServer server = TestServer.start(withPicture);
        String path = pictureLink(server);

        byte[] body;
        Future<?> stopping;
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (Socket socket = download(server, path)) {
            assertThat(head(socket.getInputStream())).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Length: " + picture.length);
            stopping = threads.submit(server::close);
            Thread.sleep(1500);
            body = readAll(socket.getInputStream());
        }
        stopping.get();
        threads.shutdown();

        assertThat(body.length).as("bytes received of " + picture.length).isEqualTo(picture.length);
        assertThat(Sha256.hex(body)).isEqualTo(Sha256.hex(picture));
        assertThat(server.log()).doesNotContain("cut off");
    }

    /** The wait is bounded: a client that stops reading holds the stop for the shutdown grace, not longer. */
    @Test
    void aClientThatStopsReadingIsCutOffAtTheEndOfTheShutdownGrace() throws Exception {
        TestServer server = TestServer.start(TestServer.config(withPicture).withShutdownGrace(Duration.ofSeconds(1)));
        String path = pictureLink(server);

        try (Socket socket = download(server, path)) {
            assertThat(head(socket.getInputStream())).startsWith("HTTP/1.1 200");
            long started = System.nanoTime();
            server.close();
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).as("the stop took %d ms", millis).isBetween(900L, 10_000L);
            assertThat(server.log()).contains("cut off 1 request(s) still running after the shutdown grace of");
            assertThat(readAll(socket.getInputStream()).length).isLessThan(picture.length);
        }
    }

    /** The PI with {@link #picture} in it, issued, and a sign-off link's address of that picture (the bytes as they came). */
    private static String pictureLink(TestServer server) {
        Path sample = Path.of("samples/pi");
        Reply issued = server.post("/api/v1/pi", Form.of().file("pi", sample.resolve("paper-boxes.yaml"))
                .file("images/kb-5a.jpg", sample.resolve("images/kb-5a.jpg")).file("images/kb-5b.png", "kb-5b.png", "image/png", picture)
                .file("images/kb-3c.jpg", sample.resolve("images/kb-3c.jpg")));
        assertThat(issued.status()).as(issued.toString()).isIn(200, 201);
        Reply link = server.post(issued.json().path("links").path("self").asText() + "/signoff-links", "application/json",
                "{\"recipient\": \"anna@buyer.example\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        return "/s/" + link.json().path("token").asText() + "/pictures/" + Sha256.hex(picture);
    }

    /** A GET sent on a socket with a small receive buffer: with the server's send buffer, a few MB at most leave the server early. */
    private static Socket download(TestServer server, String path) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(server.uri("/").getHost(), server.uri("/").getPort()), 10_000);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static java.util.function.UnaryOperator<String> numbered(String number) {
        return yaml -> yaml.replace("\"2026-0815\"", "\"" + number + "\"");
    }

    private static int renders(TestServer server) {
        return server.get("/health").json().path("renders").path("inProgress").asInt();
    }

    /** False once /health says the server is stopping, or no longer answers. */
    private static boolean stoppingOrGone(TestServer server) {
        try {
            return server.get("/health").status() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** The answer, or null when the connection was refused or dropped unanswered. */
    private static Reply refusedOrAnswered(TestServer server, Form form) {
        try {
            return server.post("/api/v1/pi", form);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** A PNG of noise, about 3 bytes a pixel: written without compression, which could not shrink it anyway. */
    private static byte[] noisePng(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        new Random(7).nextBytes(((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(1.0f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The status line and headers, up to the empty line. */
    private static String head(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Up to the end, or up to a reset (what arrived is then checked). */
    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            in.transferTo(body);
        } catch (java.net.SocketException cut) {
            // a reset: the bytes before it are kept
        }
        return body.toByteArray();
    }
}
