package io.countersign.signing;

import io.countersign.Countersign;
import io.countersign.testing.RenderedPi;
import io.countersign.testing.TestPki;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample PI at each step of the signing round, made once per JVM: signing tests start from these bytes. */
final class SignedPis {
    static final TestPki PKI = TestPki.get();
    private static byte[] certified;
    private static byte[] filled;

    private SignedPis() {
    }

    static byte[] issued() {
        return RenderedPi.sample("paper-boxes.yaml").pdf();
    }

    /** Certified by the seller, DocMDP P=2, invisible. */
    static synchronized byte[] certified() {
        if (certified == null) {
            certified = Countersign.sign(issued(), PKI.seller.signingKey(),
                    SigningRequest.approval().withCertification(DocMdp.FORM_FILLING).withSigningTime(TestPki.SIGNED_AT)).pdf();
        }
        return certified.clone();
    }

    /** The certified PI with every decision and the signer block filled in by the buyer (incrementally). */
    static synchronized byte[] filled() {
        if (filled == null) {
            filled = Countersign.fillForm(certified(), answers());
        }
        return filled.clone();
    }

    static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("signoff.KB-5A", "confirm");
        answers.put("signoff.KB-5B", "change");
        answers.put("note.KB-5B", "We ordered 100235 as KB-3C, not KB-5B");
        answers.put("signoff.KB-3C", "confirm");
        answers.put("signer.name", "Mark Reynolds");
        answers.put("signer.date", "2026-08-21");
        return answers;
    }

    /** The buyer's countersignature into the PI's own signature field. */
    static SigningRequest countersignature() {
        return SigningRequest.approval().withField("signer.signature").withReason("Decisions as marked")
                .withSigningTime(TestPki.SIGNED_AT.plusSeconds(86400));
    }

    static SignatureReport verify(byte[] pdf) {
        return Countersign.verify(pdf, "test.pdf", VerifyOptions.withoutTrust());
    }

    static SignatureReport verifyTrusting(byte[] pdf, TestPki.Identity anchor) {
        return Countersign.verify(pdf, "test.pdf", VerifyOptions.trusting(List.of(anchor.certificate())));
    }
}
