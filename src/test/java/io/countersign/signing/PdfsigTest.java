package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.testing.TestPki;
import io.countersign.testing.TestTsa;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent verifier's view: poppler's {@code pdfsig} (NSS) must find both signatures of the
 * certified, filled, time-stamped and countersigned PI cryptographically valid. Skipped, with a
 * line on stderr, where poppler-utils is not installed.
 */
class PdfsigTest {
    private static final TestPki PKI = SignedPis.PKI;

    @TempDir
    Path dir;

    @Test
    void pdfsigFindsBothSignaturesOfTheRoundValid() throws Exception {
        Assumptions.assumeTrue(TamperingTest.onPath("pdfsig"), () -> {
            System.err.println("SKIPPED PdfsigTest: pdfsig is not installed (apt-get install poppler-utils)");
            return "pdfsig is not installed";
        });
        byte[] countersigned;
        try (TestTsa tsa = TestTsa.start(PKI.tsa)) {
            byte[] certified = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(), SigningRequest.approval()
                    .withCertification(DocMdp.FORM_FILLING).withVisible(SignaturePlacement.parse("3,20,120,70,25"))
                    .withTimestampAuthority(tsa.url()).withSigningTime(TestPki.SIGNED_AT)).pdf();
            byte[] filled = Countersign.fillForm(certified, SignedPis.answers());
            countersigned = Countersign.sign(filled, PKI.buyer.signingKey(), SignedPis.countersignature().withTimestampAuthority(tsa.url())).pdf();
        }
        Path file = Files.write(dir.resolve("countersigned.pdf"), countersigned);

        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(count(out, "Signature Validation: Signature is Valid.")).as(out).isEqualTo(2);
        assertThat(count(out, "Signature Type: ETSI.CAdES.detached")).as(out).isEqualTo(2);
        assertThat(out).contains("Signature Field Name: signer.signature").contains("Signer Certificate Common Name: Mark Reynolds")
                .contains("Signer Certificate Common Name: Lily Chen").contains("Total document signed").contains("Not total document signed");
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
