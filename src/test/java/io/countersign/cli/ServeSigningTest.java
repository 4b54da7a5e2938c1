package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.server.TestServer;
import io.countersign.signing.SignatureCheck;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.VerifyOptions;
import io.countersign.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --sign-key: the server certifies the settlements it issues exactly as settlement --sign does. */
class ServeSigningTest {
    @TempDir
    Path data;

    @Test
    void settlementsPostedToTheServerComeBackCertifiedInTheSellersField() throws Exception {
        TestPki pki = TestPki.get();
        try (TestServer server = TestServer.start(TestServer.config(data).withSigner(ServeCommand.certifying(pki.seller.signingKey())))) {
            byte[] yaml = Files.readAllBytes(Path.of("samples/settlement/paper-boxes-claim.yaml"));
            TestServer.Reply posted = server.post("/api/v1/settlements", "application/yaml", yaml);
            assertThat(posted.status()).isEqualTo(201);
            byte[] pdf = server.get(posted.json().path("links").path("pdf").asText()).body();

            SignatureReport report = Countersign.verify(pdf, "settlement.pdf", VerifyOptions.trusting(List.of(pki.ca.certificate())));
            assertThat(report.verified()).as(SignatureReportText.of(report)).isTrue();
            SignatureCheck seller = report.signatures().get(0);
            assertThat(seller.field()).isEqualTo(SettlementCommand.SELLER_SIGNATURE_FIELD);
            assertThat(seller.certification()).hasValueSatisfying(p -> assertThat(p.p()).isEqualTo(2));
        }
    }
}
