package io.countersign.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.signing.SignatureCheck.Status;
import io.countersign.testing.Incremental;
import io.countersign.testing.TestPki;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files altered after signing, each the way someone would do it: bytes changed inside what was
 * signed, page content or an annotation added by a well-behaved incremental update, a form field
 * redrawn or removed, the whole file saved anew. Every one must be reported — and name what changed.
 */
class TamperingTest {
    private static final TestPki PKI = SignedPis.PKI;

    @TempDir
    Path dir;

    @Test
    void aByteChangedInsideTheSignedRangeBreaksTheSignature() {
        byte[] pdf = SignedPis.certified();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("PROFORMA INVOICE 2026-0815");
        pdf[at] = 'Q';

        SignatureCheck check = SignedPis.verify(pdf).signatures().get(0);

        assertThat(check.intact()).isFalse();
        assertThat(check.digestMatches()).isFalse();
        assertThat(check.status()).isEqualTo(Status.INVALID);
        assertThat(check.problems()).anyMatch(p -> p.contains("signed bytes were changed"));
    }

    @Test
    void pageContentAddedByAnIncrementalUpdateIsReportedNamingThePage() {
        // A white box over page 1, appended the "proper" way: the signed bytes are untouched.
        byte[] altered = Incremental.edit(SignedPis.certified(), doc -> {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                cs.setNonStrokingColor(Color.WHITE);
                cs.addRect(100, 400, 200, 30);
                cs.fill();
            }
        });

        SignatureCheck check = SignedPis.verify(altered).signatures().get(0);

        assertThat(check.intact()).as("the signed revision itself is untouched").isTrue();
        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description).contains("page 1 content changed");
    }

    @Test
    void anAnnotationAddedAfterACertificationAtP2IsAModification() {
        SignatureCheck check = SignedPis.verify(withStickyNote(SignedPis.certified())).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description).containsExactly("Text annotation added on page 2");
    }

    @Test
    void anAnnotationIsAllowedAfterACertificationAtP3() {
        byte[] certified = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.ANNOTATIONS).withSigningTime(TestPki.SIGNED_AT)).pdf();

        SignatureCheck check = SignedPis.verify(withStickyNote(certified)).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.VALID);
        assertThat(check.changes()).extracting(Change::description, Change::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Text annotation added on page 2", true));
    }

    @Test
    void nothingMayChangeAfterACertificationAtP1NotEvenFilling() {
        byte[] certified = Countersign.sign(SignedPis.issued(), PKI.seller.signingKey(),
                SigningRequest.approval().withCertification(DocMdp.NO_CHANGES).withSigningTime(TestPki.SIGNED_AT)).pdf();
        byte[] filled = Incremental.edit(certified, doc -> doc.getDocumentCatalog().getAcroForm(null).getField("signer.name").setValue("Mark"));

        SignatureCheck check = SignedPis.verify(filled).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description).containsExactly("field signer.name filled in: \"Mark\"");
    }

    @Test
    void aFieldRedrawnWithoutChangingItsValueIsAModification() {
        // What the page shows in the title box is no longer what the (empty) field holds.
        byte[] altered = Incremental.edit(SignedPis.filled(), doc -> forgeAppearance(doc, "signer.title"));

        SignatureCheck check = SignedPis.verify(altered).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description)
                .containsExactly("field signer.title looks different although its value did not change (appearance replaced)");
    }

    @Test
    void aFilledFieldRedrawnAfterTheCountersignatureIsCaughtByThatSignature() {
        // Against the seller's revision the name was filled in (allowed); the buyer's signature
        // covers the filled name, so a later redraw is a change against it.
        byte[] countersigned = Countersign.sign(SignedPis.filled(), PKI.buyer.signingKey(), SignedPis.countersignature()).pdf();
        byte[] altered = Incremental.edit(countersigned, doc -> forgeAppearance(doc, "signer.name"));

        SignatureReport report = SignedPis.verify(altered);

        assertThat(report.verified()).isFalse();
        assertThat(report.signatures().get(1).status()).isEqualTo(Status.MODIFIED);
        assertThat(report.signatures().get(1).disallowedChanges()).extracting(Change::description)
                .containsExactly("field signer.name looks different although its value did not change (appearance replaced)");
    }

    private static void forgeAppearance(org.apache.pdfbox.pdmodel.PDDocument doc, String field) {
        PDField f = doc.getDocumentCatalog().getAcroForm(null).getField(field);
        PDAppearanceStream forged = new PDAppearanceStream(doc);
        forged.setBBox(new PDRectangle(100, 20));
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(forged);
        f.getWidgets().get(0).setAppearance(ap);
    }

    @Test
    void aRemovedFieldIsNamed() {
        byte[] altered = Incremental.edit(SignedPis.certified(), doc -> {
            PDNonTerminalField notes = (PDNonTerminalField) doc.getDocumentCatalog().getAcroForm(null).getField("note");
            COSArray kids = notes.getCOSObject().getCOSArray(COSName.KIDS);
            kids.remove(0);
            notes.getCOSObject().setNeedToBeUpdated(true);
        });

        SignatureCheck check = SignedPis.verify(altered).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description).contains("field note.KB-5A removed");
    }

    @Test
    void anAddedPageAndAnOpenActionAreNamedButNewDocumentInformationIsAllowed() {
        byte[] altered = Incremental.edit(SignedPis.certified(), doc -> {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getDocumentCatalog().setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('hi')"));
            doc.getDocumentInformation().setKeywords("looked at");
        });

        SignatureCheck check = SignedPis.verify(altered).signatures().get(0);

        assertThat(check.status()).isEqualTo(Status.MODIFIED);
        assertThat(check.disallowedChanges()).extracting(Change::description)
                .containsExactlyInAnyOrder("page count changed from 3 to 4", "document catalog /OpenAction added");
        assertThat(check.changes()).filteredOn(Change::allowed).extracting(Change::description)
                .containsExactly("document information changed (/Keywords)");
    }

    @Test
    void aFileSavedAnewByPdfBoxIsReportedAsRewritten() {
        byte[] resaved = Incremental.resave(SignedPis.filled());

        SignatureReport report = SignedPis.verify(resaved);

        assertThat(report.verified()).isFalse();
        assertThat(report.signatures()).hasSize(1).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.INVALID);
            assertThat(s.intact()).isFalse();
            assertThat(s.problems()).anyMatch(p -> p.contains("rewritten"));
        });
    }

    @Test
    void aFileRewrittenByQpdfIsReportedAsBroken() throws Exception {
        Assumptions.assumeTrue(onPath("qpdf"), () -> {
            System.err.println("SKIPPED TamperingTest.aFileRewrittenByQpdfIsReportedAsBroken: qpdf is not installed (apt-get install qpdf)");
            return "qpdf is not installed";
        });
        Path in = Files.write(dir.resolve("signed.pdf"), Countersign.sign(SignedPis.filled(), PKI.buyer.signingKey(), SignedPis.countersignature()).pdf());
        Path out = dir.resolve("rewritten.pdf");
        Process qpdf = new ProcessBuilder("qpdf", in.toString(), out.toString()).redirectErrorStream(true).start();
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qpdf.exitValue()).as(new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isIn(0, 3);

        SignatureReport report = Countersign.verify(out, VerifyOptions.withoutTrust());

        assertThat(report.signatures()).hasSize(2).allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.INVALID));
        assertThat(report.verified()).isFalse();
    }

    private static byte[] withStickyNote(byte[] pdf) {
        return Incremental.edit(pdf, doc -> {
            PDPage page = doc.getPage(1);
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Price agreed on the phone: 1.20");
            note.setRectangle(new PDRectangle(300, 500, 20, 20));
            note.setPage(page);
            List<PDAnnotation> annotations = new java.util.ArrayList<>(page.getAnnotations());
            annotations.add(note);
            page.setAnnotations(annotations);
        });
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
