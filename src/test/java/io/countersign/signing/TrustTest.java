package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chains against --trust anchors: the signer's CA trusts, an unrelated CA does not, and validity counts at the signing time. */
class TrustTest {
    private static final TestPki PKI = SignedPis.PKI;

    @TempDir
    Path dir;

    @Test
    void theSignersCaFromAPemFileMakesTheSignatureTrusted() {
        Path pem = TestPki.pem(dir.resolve("ca.pem"), PKI.ca.certificate());

        SignatureReport report = Countersign.verify(SignedPis.certified(), "x.pdf", VerifyOptions.trusting(pem));

        assertThat(report.trustChecked()).isTrue();
        assertThat(report.verified()).isTrue();
        assertThat(report.signatures().get(0).trust().detail()).isEqualTo("chain Lily Chen → Countersign Test CA");
    }

    @Test
    void anUnrelatedCaLeavesTheSignatureIntactButUntrusted() {
        SignatureReport report = SignedPis.verifyTrusting(SignedPis.certified(), PKI.otherCa);

        SignatureCheck check = report.signatures().get(0);
        assertThat(check.intact()).isTrue();
        assertThat(check.status()).isEqualTo(SignatureCheck.Status.UNTRUSTED);
        assertThat(check.trust().detail()).contains("no chain from Lily Chen (issued by Countersign Test CA) to a --trust certificate");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void withoutAnchorsTrustIsReportedAsNotCheckedAndDoesNotFail() {
        SignatureCheck check = SignedPis.verify(SignedPis.certified()).signatures().get(0);

        assertThat(check.trust().state()).isEqualTo(Trust.State.NOT_CHECKED);
        assertThat(check.status()).isEqualTo(SignatureCheck.Status.VALID);
    }

    @Test
    void aSignatureMadeWhileTheCertificateWasValidStaysValidAfterItExpired() {
        // Signed in 2017 with a certificate valid 2015–2020; verified now, years after it expired.
        byte[] signed = Countersign.sign(SignedPis.issued(), PKI.expired.signingKey(),
                SigningRequest.approval().withSigningTime(Instant.parse("2017-06-01T00:00:00Z"))).pdf();

        SignatureCheck check = SignedPis.verifyTrusting(signed, PKI.ca).signatures().get(0);

        assertThat(check.certificateValid()).isTrue();
        assertThat(check.trust().trusted()).isTrue();
        assertThat(check.status()).isEqualTo(SignatureCheck.Status.VALID);
    }

    @Test
    void aTrustFileWithoutCertificatesIsUnusableInput() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "no certificates here\n");

        assertThatThrownBy(() -> VerifyOptions.trusting(empty)).isInstanceOf(SigningInputException.class).hasMessageContaining(empty.toString());
        assertThatThrownBy(() -> VerifyOptions.trusting(dir.resolve("missing.pem"))).isInstanceOf(SigningInputException.class).hasMessageContaining("not found");
        assertThatThrownBy(() -> VerifyOptions.trusting(List.of())).isInstanceOf(SigningInputException.class);
    }
}
