package io.countersign.signoff.online;

import io.countersign.Countersign;
import io.countersign.core.Sha256;
import io.countersign.pi.ProformaInvoice;
import io.countersign.signoff.Decision;
import io.countersign.signoff.DocumentIdentity;
import io.countersign.signoff.EmbeddedIdentity;
import io.countersign.signoff.SignOffPoint;
import io.countersign.testing.RenderedPi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Issued PIs and online completions of them, as the sign-off page would hand them over. */
final class Completions {
    static final Instant COMPLETED_AT = Instant.parse("2026-08-21T14:03:07Z");
    static final String DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87";
    static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/17.5 Mobile/15E148 Safari/604.1";
    /** A long, real-world shape: an in-app browser adds its own tokens to the system's. */
    static final String LONG = "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 XWEB/1260059 MMWEBSDK/20240501 "
            + "MMWEBID/6533 MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";

    private Completions() {
    }

    /** The sample PI rendered in {@code language}. */
    static byte[] issued(String sample, String language) {
        return issued(Countersign.readPi(RenderedPi.SAMPLES.resolve(sample)), language);
    }

    static byte[] issued(ProformaInvoice pi, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Countersign.pi(pi).withLanguage(language).withIssuedAt(RenderedPi.ISSUED_AT).toPdf(out);
        return out.toByteArray();
    }

    static DocumentIdentity identity(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return EmbeddedIdentity.of(doc).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A completion of {@code issued} by Mark Reynolds deciding each asked point as {@code decide} says. */
    static OnlineCompletion of(byte[] issued, String userAgent, Function<SignOffPoint, OnlineDecision> decide) {
        DocumentIdentity id = identity(issued);
        List<OnlineDecision> decisions = new ArrayList<>();
        for (SignOffPoint p : id.points()) {
            if (p.asked()) {
                decisions.add(decide.apply(p));
            }
        }
        return new OnlineCompletion(id.documentId(), id.revision(), "2026-0815-r1.pdf", Sha256.hex(issued), "Mark Reynolds",
                COMPLETED_AT, "203.0.113.45", userAgent, "mark.reynolds@example.com", decisions);
    }

    static OnlineDecision confirm(SignOffPoint p, int minutesBefore) {
        return new OnlineDecision(p, Decision.CONFIRMED, "", COMPLETED_AT.minusSeconds(60L * minutesBefore), "203.0.113.45", DESKTOP, 0);
    }

    static OnlineDecision change(SignOffPoint p, String note, int changesOfMind) {
        return new OnlineDecision(p, Decision.CHANGE_REQUESTED, note, COMPLETED_AT.minusSeconds(90), "2001:db8:85a3::8a2e:370:7334",
                PHONE, changesOfMind);
    }
}
