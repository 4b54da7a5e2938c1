package io.countersign.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.gs1.Gtin;
import io.countersign.server.TestServer.Reply;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server stopped in the middle of a label batch finishes the batch when it starts again, rendering only the SKUs not done. */
class BatchRestartTest {
    @TempDir
    Path data;

    @Test
    void aBatchInterruptedByAStopIsResumedAfterTheRestart() {
        int skus = 40;
        String location;
        int doneBeforeStop;
        ServerConfig config = TestServer.config(data).withBatchThreads(1);
        try (TestServer first = TestServer.start(config)) {
            Reply posted = first.post("/api/v1/labels?issuedAt=2026-08-15", "application/zip", Batches.zip(Map.of("many.csv", csv(skus))));
            assertThat(posted.status()).isEqualTo(202);
            location = posted.header("Location");
            JsonNode job;
            do {
                Batches.sleep(50);
                job = first.get(location).json();
            } while (job.path("progress").path("done").asInt() < 3 && !job.path("state").asText().equals("done"));
            assertThat(job.path("state").asText()).as("the batch is still running when the server stops").isEqualTo("running");
            doneBeforeStop = job.path("progress").path("done").asInt();
        }

        try (TestServer second = TestServer.start(config)) {
            JsonNode job = Batches.await(second, location);

            assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
            assertThat(job.path("unchanged").asInt()).as("sheets finished before the stop are kept").isGreaterThanOrEqualTo(doneBeforeStop);
            assertThat(job.path("rendered").asInt() + job.path("unchanged").asInt()).isEqualTo(skus);
            JsonNode doc = second.get(job.path("links").path("document").asText()).json();
            assertThat(doc.path("points")).hasSize(3 * skus);
        }
    }

    static String csv(int skus) {
        StringBuilder sb = new StringBuilder("SKU,Buyer code,Description,GTIN,Sticker size (mm),Layout,PCS/CTN,Carton size (cm),N.W. (kg),G.W. (kg),"
                + "Indicator,Consignee,PO,Destination,Cartons\n");
        for (int i = 0; i < skus; i++) {
            String data = String.format("0%05d%05d", 84631, 200 + i);
            sb.append("SKU-").append(i).append(',').append(300000 + i).append(",Nested kraft box ").append(i).append(',')
                    .append(data).append(Gtin.checkDigit(data)).append(",50x30,standard,8,64x48x34,10.4,11.4,1,MFH,PO-1,LONG BEACH,100\n");
        }
        return sb.toString();
    }
}
