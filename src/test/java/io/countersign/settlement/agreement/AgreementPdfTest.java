package io.countersign.settlement.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.settlement.Languages;
import io.countersign.settlement.Settlement;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffReport;
import io.countersign.signoff.Verdict;
import io.countersign.testing.PdfText;
import io.countersign.testing.TestSettlements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementPdfTest {
    private static final List<String> CLAUSES = List.of("facts", "losses", "split", "compensation", "commitment", "rework", "payment", "law");

    @TempDir
    Path dir;

    @Test
    void everyClauseIsItsOwnDecisionWithInitialsAndNote() throws IOException {
        byte[] pdf = render(TestSettlements.paperBoxes());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (String id : CLAUSES) {
                assertThat(form.getField("signoff." + id)).isInstanceOfSatisfying(PDRadioButton.class,
                        r -> assertThat(r.getOnValues()).containsExactlyInAnyOrder("confirm", "change"));
                assertThat(form.getField("initials." + id)).isInstanceOf(PDTextField.class);
                assertThat(form.getField("note." + id)).isInstanceOf(PDTextField.class);
            }
            long decisions = java.util.stream.StreamSupport.stream(form.getFieldTree().spliterator(), false)
                    .filter(f -> f instanceof PDRadioButton && f.getFullyQualifiedName().startsWith("signoff.")).count();
            assertThat(decisions).as("no decision for the whole agreement at once").isEqualTo(CLAUSES.size());
            assertThat(form.getField("seller.signature")).isInstanceOf(PDSignatureField.class);
            assertThat(form.getField("signer.signature")).isInstanceOf(PDSignatureField.class);
            assertThat(List.of("signer.name", "signer.title", "signer.date")).allSatisfy(n -> assertThat(form.getField(n)).isNotNull());
        }
    }

    @Test
    void printsTheCalculatorsFiguresInTheClausesAndTables() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(render(TestSettlements.paperBoxes()))) {
            text = PdfText.oneLine(PdfText.of(doc));
        }
        assertThat(text).contains("4,861.63 USD in total", "19,800.00 CNY", "0.1389", "2,750.22", "201.41",
                "The Seller bears 50 % of the losses: 2,430.82 USD", "The Buyer bears the rest of the losses: 2,430.81 USD",
                "it therefore pays the Seller the difference, 1,780.81 USD",
                "593.61", "593.60", "Order 3 of 3", "at least 3 further orders, each of at least 6,000.00 USD, from 2026-11-27 to 2027-05-27",
                "ship by 2026-12-24", "(clause 7)", "outstanding 5,680.50 USD of the order by 2026-12-10", "HKIAC");
    }

    @Test
    void germanAgreementUsesGermanWordsAndNumbers() throws IOException {
        Settlement s = Countersign.readSettlement(Path.of("samples/settlement/mail-order-boxes.yaml"));
        String text;
        try (PDDocument doc = Loader.loadPDF(render(s))) {
            text = PdfText.oneLine(PdfText.of(doc));
        }
        assertThat(text).contains("VERGLEICHSVEREINBARUNG", "6.360,08 EUR", "Der Verkäufer trägt 70 % der Schäden: 4.452,06 EUR",
                "1.511,98 EUR", "500,00 EUR als Gutschrift", "505,99", "Einverstanden", "Zu besprechen");
        assertThat(text).doesNotContain("??agreement");
    }

    @Test
    void bilingualAgreementCarriesBothLanguagesInEveryClause() throws IOException {
        Settlement en = TestSettlements.paperBoxes();
        for (Languages.Layout layout : Languages.Layout.values()) {
            Settlement bi = new Settlement(en.number(), en.date(), en.currency(), new Languages("en", Optional.of("zh-CN"), layout),
                    en.seller(), en.buyer(), en.order(), en.incident(), en.losses(), en.split(), en.compensation(), en.commitment(),
                    en.rework(), en.outstanding(), en.law());
            String text;
            try (PDDocument doc = Loader.loadPDF(render(bi))) {
                text = PdfText.squeeze(PdfText.of(doc));
            }
            assertThat(text).as(layout.name()).contains("SETTLEMENTAGREEMENT/和解协议", "卖方承担损失的50%：2,430.82USD",
                    "同意", "需商议", "Agree/同意");
        }
    }

    @Test
    void sameInputAndIssueTimeGiveTheSameBytes() {
        assertThat(render(TestSettlements.paperBoxes())).isEqualTo(render(TestSettlements.paperBoxes()));
    }

    @Test
    void identityHashesEachClauseSoAChangedFigureChangesOnlyItsClauses() {
        DocumentIdentity a = identity(TestSettlements.paperBoxes());
        Settlement s = TestSettlements.paperBoxes();
        Settlement laterPayment = new Settlement(s.number(), s.date(), s.currency(), s.languages(), s.seller(), s.buyer(), s.order(),
                s.incident(), s.losses(), s.split(), s.compensation(), s.commitment(), s.rework(),
                s.outstanding().map(o -> new io.countersign.settlement.OutstandingPayment(o.amount(), o.originallyDue(), o.due().minusDays(2), true)),
                s.law());
        DocumentIdentity b = identity(laterPayment);
        assertThat(a.kind()).isEqualTo("settlement");
        assertThat(a.documentId()).isEqualTo(b.documentId());
        assertThat(a.inputSha256()).isNotEqualTo(b.inputSha256());
        for (int i = 0; i < a.points().size(); i++) {
            boolean same = a.points().get(i).sha256().equals(b.points().get(i).sha256());
            assertThat(same).as(a.points().get(i).id()).isEqualTo(!a.points().get(i).id().equals("payment"));
        }
    }

    @Test
    void checkReadsTheBuyersDecisionsPerClause() throws IOException {
        Path issued = dir.resolve("ST-1.pdf");
        Files.write(issued, render(TestSettlements.paperBoxes()));
        Path returned = dir.resolve("ST-1-returned.pdf");
        try (PDDocument doc = Loader.loadPDF(issued.toFile()); OutputStream out = Files.newOutputStream(returned)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (String id : CLAUSES) {
                ((PDRadioButton) form.getField("signoff." + id)).setValue(id.equals("commitment") ? "change" : "confirm");
                ((PDTextField) form.getField("initials." + id)).setValue("MR");
            }
            ((PDTextField) form.getField("note.commitment")).setValue("4 months, not 6");
            ((PDTextField) form.getField("signer.name")).setValue("Mark Reynolds");
            doc.saveIncremental(out);
        }
        SignOffReport report = Countersign.check(returned, Optional.of(issued));
        assertThat(report.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
        assertThat(report.points()).filteredOn(p -> p.point().id().equals("commitment")).singleElement()
                .satisfies(p -> {
                    assertThat(p.note()).isEqualTo("4 months, not 6");
                    assertThat(p.initials()).isEqualTo("MR");
                });
    }

    private static byte[] render(Settlement s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.settlementPdf(s, AgreementOptions.defaults(), out);
        return out.toByteArray();
    }

    private static DocumentIdentity identity(Settlement s) {
        return Countersign.settlementPdf(s, AgreementOptions.defaults(), OutputStream.nullOutputStream());
    }

}
