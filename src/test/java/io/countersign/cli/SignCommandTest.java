package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.testing.CliRun;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code countersign sign} as a user types it: where the output goes, what it prints, and how it refuses. */
class SignCommandTest {
    private static final TestPki PKI = TestPki.get();

    @TempDir
    Path dir;
    private Path pi;
    private TestPki.KeyFile seller;
    private TestPki.KeyFile buyer;

    @BeforeEach
    void files() throws Exception {
        pi = Files.write(dir.resolve("2026-0815-r1.pdf"), RenderedPi.sample("paper-boxes.yaml").pdf());
        seller = PKI.keystore(dir, PKI.seller, "seller");
        buyer = PKI.keystore(dir, PKI.buyer, "buyer");
    }

    @Test
    void theSellerCertifiesAndTheBuyerCountersignsIntoTheField() {
        CliRun certified = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(),
                "--password-file", seller.passwordFile().toString(), "--certify", "--reason", "Issued", "--signing-time", "2026-08-20T08:15:00Z");

        Path signed = dir.resolve("2026-0815-r1-signed.pdf");
        assertThat(certified.exit()).as(certified.err()).isZero();
        assertThat(certified.out()).startsWith(signed + "\n")
                .contains("certified by Lily Chen in field Signature1 at 2026-08-20 08:15:00 UTC; DocMDP P=2: form filling and signing allowed");
        assertThat(certified.err()).contains("warning: the document has an empty signature field \"signer.signature\"");
        assertThat(signed).exists();

        Path countersigned = dir.resolve("countersigned.pdf");
        CliRun buyerRun = CliRun.of("sign", signed.toString(), "--keystore", buyer.keystore().toString(),
                "--password-file", buyer.passwordFile().toString(), "--field", "signer.signature", "-o", countersigned.toString());

        assertThat(buyerRun.exit()).as(buyerRun.err()).isZero();
        assertThat(buyerRun.out()).contains("signed by Mark Reynolds in field signer.signature");
        assertThat(CliRun.of("verify", countersigned.toString()).exit()).isZero();
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        CliRun run = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(), "--password", seller.password());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("a password is never taken as a command-line argument").contains("--password-file");
        assertThat(run.out() + run.err()).doesNotContain(seller.password());
        assertThat(dir.resolve("2026-0815-r1-signed.pdf")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsUnusableInputWithoutAStackTrace() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "guess\n");

        CliRun run = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(), "--password-file", wrong.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("wrong password for keystore").doesNotContain("at io.");
    }

    @Test
    void aMissingEnvironmentVariableIsNamed() {
        CliRun run = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(), "--password-env", "COUNTERSIGN_TEST_NO_SUCH_VARIABLE");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("environment variable COUNTERSIGN_TEST_NO_SUCH_VARIABLE is not set");
    }

    @Test
    void theInputIsNeverReplacedWithoutOverwrite() throws Exception {
        byte[] before = Files.readAllBytes(pi);

        CliRun refused = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(),
                "--password-file", seller.passwordFile().toString(), "-o", pi.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("would replace").contains("--overwrite");
        assertThat(Files.readAllBytes(pi)).isEqualTo(before);

        CliRun replaced = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(),
                "--password-file", seller.passwordFile().toString(), "-o", pi.toString(), "--overwrite");

        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(Files.size(pi)).isGreaterThan(before.length);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aVisibleSignatureOffThePageIsUnusableInput() {
        CliRun run = CliRun.of("sign", pi.toString(), "--keystore", seller.keystore().toString(),
                "--password-file", seller.passwordFile().toString(), "--visible", "1,280,10,60,20");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not fit on page 1");
    }
}
