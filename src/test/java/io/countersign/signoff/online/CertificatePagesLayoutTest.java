package io.countersign.signoff.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.signoff.CertificatePages;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.PdfText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The certificate as a reader sees it: many points flow over pages, Chinese PIs get a Chinese certificate. */
class CertificatePagesLayoutTest {

    @Test
    void sixtyPointsFlowOverSeveralPagesEachWithTheTableHeaderAndItsPageNumber() throws IOException {
        byte[] issued = Completions.issued("sixty-styles.yaml", "en");
        DocumentIdentity id = Completions.identity(issued);
        byte[] completed = CompletionCertificate.complete(issued, Completions.of(issued, Completions.LONG, p -> Completions.confirm(p, 2)));

        try (PDDocument doc = Loader.loadPDF(completed); PDDocument original = Loader.loadPDF(issued)) {
            int first = original.getNumberOfPages();
            int pages = doc.getNumberOfPages() - first;
            assertThat(pages).isGreaterThan(1);
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= pages; i++) {
                assertThat(CertificatePages.isCertificate(doc.getPage(first + i - 1), id)).isTrue();
                String text = PdfText.page(doc, first + i);
                assertThat(text).as("certificate page %d", i).contains("Changes of").contains("Decided at (UTC)")
                        .contains("page " + i + " of " + pages);
                all.append(text);
            }
            List<String> labels = new ArrayList<>();
            for (SignOffPoint p : id.points()) {
                labels.add(p.label());
            }
            assertThat(labels).hasSize(60).allSatisfy(label -> assertThat(all.toString()).containsOnlyOnce(label));
        }
    }

    // A note longer than a page would otherwise be cut off or drawn past the footer: the row continues on the next page.
    @Test
    void aNoteTallerThanAPageContinuesOnTheNextPageWithNothingLost() throws IOException {
        byte[] issued = io.countersign.testing.RenderedPi.sample("paper-boxes.yaml").pdf();
        StringBuilder note = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            note.append("remark-").append(i).append(' ');
        }
        byte[] completed = CompletionCertificate.complete(issued, Completions.of(issued, Completions.DESKTOP,
                p -> p.id().equals("KB-5B") ? Completions.change(p, note.toString(), 0) : Completions.confirm(p, 1)));

        try (PDDocument doc = Loader.loadPDF(completed)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            StringBuilder text = new StringBuilder();
            for (int n = 4; n <= doc.getNumberOfPages(); n++) {
                text.append(PdfText.page(doc, n));
            }
            assertThat(PdfText.squeeze(text.toString())).contains("remark-1remark-2remark-3").contains("remark-399remark-400");
            assertThat(text.toString()).contains("page 1 of ").contains("page 2 of ");
            // the continued part still says which point it belongs to
            assertThat(PdfText.page(doc, 5)).contains("100235 = KB-5B");
        }
    }

    @Test
    void aChinesePiGetsAChineseCertificateAndKeepsAChineseNoteInTheForm() throws IOException {
        byte[] issued = Completions.issued("paper-boxes.yaml", "zh-CN");
        String note = "我们订购的 100235 是 KB-3C（套3），不是 KB-5B。";
        byte[] completed = CompletionCertificate.complete(issued, Completions.of(issued, Completions.LONG,
                p -> p.id().equals("KB-5B") ? Completions.change(p, note, 1) : Completions.confirm(p, 3)));

        try (PDDocument doc = Loader.loadPDF(completed)) {
            String certificate = PdfText.page(doc, doc.getNumberOfPages());
            assertThat(certificate).contains("完成证明").contains("已确认").contains("需要修改").contains("共 3 项：2 项确认，1 项需要修改")
                    .contains("第 1 页，共 1 页");
            assertThat(PdfText.squeeze(certificate)).contains(PdfText.squeeze(note));
            var field = doc.getDocumentCatalog().getAcroForm().getField("note.KB-5B");
            assertThat(((COSString) field.getCOSObject().getDictionaryObject(COSName.V)).getString()).isEqualTo(note);
            // every font of the certificate page is embedded: Chinese must print the same everywhere
            var resources = doc.getPage(doc.getNumberOfPages() - 1).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    // The server completes sign-offs on several threads; the bundled faces' parsed outlines are shared by all of them.
    @Test
    void completionsOnSeveralThreadsGiveTheBytesOfOneAtATime() throws Exception {
        byte[] issued = Completions.issued("paper-boxes.yaml", "zh-CN");
        List<OnlineCompletion> completions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String note = "第 " + i + " 次：我们订购的 100235 是 KB-3C，不是 KB-5B。";
            completions.add(Completions.of(issued, Completions.LONG,
                    p -> p.id().equals("KB-5B") ? Completions.change(p, note, 1) : Completions.confirm(p, 2)));
        }
        List<byte[]> serial = completions.stream().map(c -> CompletionCertificate.complete(issued, c)).toList();

        List<byte[]> parallel;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> futures = new ArrayList<>();
            for (OnlineCompletion c : completions) {
                futures.add(pool.submit(() -> CompletionCertificate.complete(issued, c)));
            }
            parallel = new ArrayList<>();
            for (var f : futures) {
                parallel.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < serial.size(); i++) {
            assertThat(parallel.get(i)).as("completion %d", i).isEqualTo(serial.get(i));
        }
    }

    @Test
    void aGermanPiGetsAGermanCertificate() throws IOException {
        byte[] issued = Completions.issued("paper-boxes.yaml", "de");
        byte[] completed = CompletionCertificate.complete(issued, Completions.of(issued, Completions.PHONE, p -> Completions.confirm(p, 1)));

        try (PDDocument doc = Loader.loadPDF(completed)) {
            assertThat(PdfText.page(doc, doc.getNumberOfPages())).contains("Abschlussbestätigung").contains("Bestätigt")
                    .contains("3 Punkte: 3 bestätigt, 0 Änderung nötig");
        }
    }
}
