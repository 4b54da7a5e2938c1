package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.signing.SignatureCheck;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.SignedPdf;
import io.countersign.signing.SigningRequest;
import io.countersign.signing.VerifyOptions;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Verdict;
import io.countersign.testing.CliRun;
import io.countersign.testing.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settlement --sign: the seller certifies on rendering; the buyer decides, initials and countersigns; every signature stays valid. */
class SettlementSigningTest {
    private static final String SAMPLE = "samples/settlement/paper-boxes-claim.yaml";
    private static final TestPki PKI = TestPki.get();
    private static final List<String> CLAUSES = List.of("facts", "losses", "split", "compensation", "commitment", "rework", "payment", "law");

    @TempDir
    Path dir;
    private TestPki.KeyFile seller;

    @BeforeEach
    void keystore() {
        seller = PKI.keystore(dir, PKI.seller, "seller");
    }

    @Test
    void certifiesTheAgreementInTheSellersFieldAndTheBuyerCanStillDecideAndCountersign() throws IOException {
        Path agreement = render("out");
        SignatureReport certified = Countersign.verify(agreement, VerifyOptions.trusting(List.of(PKI.ca.certificate())));
        assertThat(certified.verified()).as(SignatureReportText.of(certified)).isTrue();
        SignatureCheck sellerSignature = certified.signatures().get(0);
        assertThat(sellerSignature.field()).isEqualTo(SettlementCommand.SELLER_SIGNATURE_FIELD);
        assertThat(sellerSignature.certification()).hasValueSatisfying(p -> assertThat(p.p()).isEqualTo(2));

        Map<String, String> answers = new LinkedHashMap<>();
        CLAUSES.forEach(c -> {
            answers.put("signoff." + c, "confirm");
            answers.put("initials." + c, "MR");
        });
        answers.put("signer.name", "Mark Reynolds");
        byte[] filled = Countersign.fillForm(Files.readAllBytes(agreement), answers);
        SignedPdf countersigned = Countersign.sign(filled, PKI.buyer.signingKey(),
                SigningRequest.approval().withField("signer.signature").withSigningTime(TestPki.SIGNED_AT.plusSeconds(86_400 * 100)));
        Path returned = dir.resolve("out/ST-2026-0815-1-countersigned.pdf");
        Files.write(returned, countersigned.pdf());

        SignatureReport both = Countersign.verify(returned, VerifyOptions.trusting(List.of(PKI.ca.certificate())));
        assertThat(both.verified()).as(SignatureReportText.of(both)).isTrue();
        assertThat(both.signatures()).hasSize(2);
        assertThat(both.signatures().get(0).disallowedChanges()).isEmpty();
        SignOffReport decisions = Countersign.check(returned, Optional.of(agreement));
        assertThat(decisions.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(decisions.points()).allSatisfy(p -> assertThat(p.initials()).isEqualTo("MR"));
    }

    @Test
    void theSameInputAndIssueTimeGiveTheSameSignedBytes() throws IOException {
        assertThat(Files.readAllBytes(render("a"))).isEqualTo(Files.readAllBytes(render("b")));
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedBeforeAnythingIsWritten() {
        CliRun run = CliRun.of("settlement", SAMPLE, "-o", dir.resolve("x").toString(), "--sign", seller.keystore().toString(),
                "--password", seller.password());
        assertThat(run.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(run.err()).contains("never taken as a command-line argument");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    private Path render(String folder) {
        CliRun run = CliRun.of("settlement", SAMPLE, "-o", dir.resolve(folder).toString(), "--sign", seller.keystore().toString(),
                "--password-file", seller.passwordFile().toString(), "--issued-at", "2026-11-27T10:00:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("certified by", "in field seller.signature", "DocMDP P=2");
        return dir.resolve(folder).resolve("ST-2026-0815-1.pdf");
    }
}
