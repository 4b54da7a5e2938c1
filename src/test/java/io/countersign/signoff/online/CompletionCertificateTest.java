package io.countersign.signoff.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.signoff.CertificatePages;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.PointDecision;
import io.countersign.signoff.ReturnReader;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Verdict;
import io.countersign.testing.Incremental;
import io.countersign.testing.PageEdits;
import io.countersign.testing.PdfText;
import io.countersign.testing.RenderedPi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issued PI completed online: what {@code countersign check} reads from it (the online decisions,
 * the certificate pages accepted, real alterations still caught) and what the certificate says.
 */
class CompletionCertificateTest {
    private static final byte[] ISSUED = RenderedPi.sample("paper-boxes.yaml").pdf();

    @TempDir
    Path dir;

    private static OnlineCompletion mixed() {
        return Completions.of(ISSUED, Completions.DESKTOP, p -> p.id().equals("KB-5B")
                ? Completions.change(p, "We ordered 100235 as KB-3C, not KB-5B", 2) : Completions.confirm(p, 5));
    }

    @Test
    void checkReadsTheOnlineDecisionsNotesAndSignerFromTheCompletedFile() throws IOException {
        byte[] completed = CompletionCertificate.complete(ISSUED, mixed());

        SignOffReport r = check(completed);

        assertThat(r.points()).extracting(p -> p.point().id() + "=" + p.decision())
                .containsExactly("KB-5A=CONFIRMED", "KB-5B=CHANGE_REQUESTED", "KB-3C=CONFIRMED");
        assertThat(r.points()).filteredOn(p -> p.point().id().equals("KB-5B")).extracting(PointDecision::note)
                .containsExactly("We ordered 100235 as KB-3C, not KB-5B");
        assertThat(r.signer().name()).isEqualTo("Mark Reynolds");
        assertThat(r.signer().date()).isEqualTo("2026-08-21");
        assertThat(r.integrity().altered()).as(r.integrity().findings().toString()).isFalse();
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("issued file with updates appended")
                .contains("1 certificate-of-completion page(s)"));
        assertThat(r.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
    }

    @Test
    void everyPointConfirmedOnlineIsAConfirmedDocument() throws IOException {
        byte[] completed = CompletionCertificate.complete(ISSUED, Completions.of(ISSUED, Completions.PHONE, p -> Completions.confirm(p, 1)));

        SignOffReport r = check(completed);

        assertThat(r.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.verdict().exitCode()).isZero();
    }

    @Test
    void theIssuedBytesStayAsTheyWereAtTheStartOfTheFile() {
        byte[] completed = CompletionCertificate.complete(ISSUED, mixed());

        assertThat(completed.length).isGreaterThan(ISSUED.length);
        assertThat(Arrays.equals(ISSUED, 0, ISSUED.length, completed, 0, ISSUED.length)).isTrue();
    }

    @Test
    void sameCompletionGivesTheSameBytes() {
        assertThat(CompletionCertificate.complete(ISSUED, mixed())).isEqualTo(CompletionCertificate.complete(ISSUED, mixed()));
    }

    @Test
    void aPriceChangedAfterCompletionIsStillAnAlteration() throws IOException {
        byte[] completed = CompletionCertificate.complete(ISSUED, mixed());
        byte[] tampered = Incremental.edit(completed, doc -> PageEdits.writeText(doc, 1, "unit price 2.20"));

        SignOffReport r = check(tampered);

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).startsWith("page 2").contains("unit price 2.20"));
    }

    // Regression guard: accepting the certificate must not accept any page added after the issued ones.
    @Test
    void anUnmarkedExtraPageIsStillAnAlteration() throws IOException {
        byte[] completed = CompletionCertificate.complete(ISSUED, mixed());
        byte[] extended = Incremental.edit(completed, doc -> doc.addPage(new PDPage(doc.getPage(0).getMediaBox())));

        SignOffReport r = check(extended);

        assertThat(r.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(r.integrity().findings()).anySatisfy(f -> assertThat(f).contains("3 pages, the returned one 5"));
    }

    @Test
    void certificateIsMarkedForThisDocumentAndRevisionAndHasTheIssuedPageSize() throws IOException {
        byte[] completed = CompletionCertificate.complete(ISSUED, mixed());
        DocumentIdentity id = Completions.identity(ISSUED);
        try (PDDocument doc = Loader.loadPDF(completed)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            PDPage certificate = doc.getPage(3);
            assertThat(CertificatePages.isCertificate(certificate, id)).isTrue();
            assertThat(CertificatePages.isCertificate(doc.getPage(2), id)).isFalse();
            assertThat(certificate.getMediaBox().getWidth()).isEqualTo(doc.getPage(0).getMediaBox().getWidth());
            assertThat(certificate.getMediaBox().getHeight()).isEqualTo(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void refusesACompletionThatLeavesAPointUndecided() {
        OnlineCompletion all = mixed();
        OnlineCompletion partial = new OnlineCompletion(all.documentId(), all.revision(), all.issuedFileName(), all.issuedSha256(),
                all.signerName(), all.completedAt(), all.ip(), all.userAgent(), all.linkRecipient(), all.decisions().subList(0, 2));

        assertThatThrownBy(() -> CompletionCertificate.complete(ISSUED, partial)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undecided: KB-3C");
    }

    @Test
    void refusesAPointDecidedTwice() {
        OnlineCompletion all = mixed();
        List<OnlineDecision> twice = new java.util.ArrayList<>(all.decisions());
        twice.add(all.decisions().get(0));
        OnlineCompletion doubled = new OnlineCompletion(all.documentId(), all.revision(), all.issuedFileName(), all.issuedSha256(),
                all.signerName(), all.completedAt(), all.ip(), all.userAgent(), all.linkRecipient(), twice);

        assertThatThrownBy(() -> CompletionCertificate.complete(ISSUED, doubled)).hasMessageContaining("KB-5A is decided twice");
    }

    @Test
    void refusesBytesOtherThanTheFileTheCompletionNames() {
        byte[] other = Completions.issued("paper-boxes.yaml", "de");

        assertThatThrownBy(() -> CompletionCertificate.complete(other, mixed())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not for these bytes");
    }

    @Test
    void anOnlineDecisionIsConfirmOrChangeNeverUndecided() {
        var point = Completions.identity(ISSUED).points().get(0);

        assertThatThrownBy(() -> new OnlineDecision(point, Decision.UNDECIDED, "", Completions.COMPLETED_AT, "", "", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNDECIDED");
    }

    @Test
    void certificateTextNamesTheDocumentSignerAndEveryDecision() throws IOException {
        OnlineCompletion c = mixed();
        try (PDDocument doc = Loader.loadPDF(CompletionCertificate.complete(ISSUED, c))) {
            String text = PdfText.page(doc, 4);
            String squeezed = PdfText.squeeze(text);

            assertThat(text).contains("Certificate of completion").contains(c.documentId()).contains("Mark Reynolds")
                    .contains("2026-08-21 14:03:07 UTC").contains("203.0.113.45").contains("mark.reynolds@example.com")
                    .contains("3 points: 2 confirmed, 1 change needed").contains("Confirmed").contains("Change needed")
                    .contains("2026-0815-r1.pdf");
            assertThat(squeezed).contains(c.issuedSha256()).contains(PdfText.squeeze(Completions.DESKTOP))
                    .contains(PdfText.squeeze("We ordered 100235 as KB-3C, not KB-5B")).contains("2001:db8:85a3::8a2e:370:7334")
                    .contains("100234=KB-5A").contains("Edge126·Windows[1]").contains("Safari17·iPhone[2]");
        }
    }

    private SignOffReport check(byte[] completed) throws IOException {
        Path issued = Files.write(dir.resolve("2026-0815-r1.pdf"), ISSUED);
        Path returned = Files.write(dir.resolve("2026-0815-r1-completed.pdf"), completed);
        return ReturnReader.read(returned, Optional.of(issued));
    }
}
