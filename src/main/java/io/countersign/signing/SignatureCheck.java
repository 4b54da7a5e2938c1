package io.countersign.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code verify} found about one signature.
 *
 * @param field            fully qualified name of the signature field
 * @param signer           the signer's common name
 * @param signerSubject    the signer's full subject
 * @param issuer           the common name of the signer certificate's issuer
 * @param subFilter        /SubFilter, e.g. ETSI.CAdES.detached
 * @param profile          e.g. "PAdES B-T", or "CMS (adbe.pkcs7.detached)"
 * @param signingTime      /M, the time the signer's software claims
 * @param timestamp        the signature time-stamp, if any
 * @param certification    the DocMDP level for a certification signature; empty for an approval signature
 * @param signedLength     end of the revision the signature covers (ByteRange end)
 * @param coversWholeFile  whether that is the end of the file
 * @param intact           the signed bytes are as signed: digest matches and the signature value verifies
 * @param digestMatches    the CMS message digest is the hash of the ByteRange bytes
 * @param signatureValid   the signature value verifies with the signer's public key
 * @param certificateValid the signer's certificate was valid at the signing (or time-stamp) time
 * @param trust            chain trust against --trust
 * @param changes          what changed after this signature, each marked allowed or not
 * @param problems         why the signature is not valid, if it is not
 * @param status           the verdict for this signature
 */
public record SignatureCheck(String field, String signer, String signerSubject, String issuer, String subFilter, String profile,
                             Optional<Instant> signingTime, Optional<TimestampCheck> timestamp, Optional<DocMdp> certification,
                             long signedLength, boolean coversWholeFile, boolean intact, boolean digestMatches,
                             boolean signatureValid, boolean certificateValid, Trust trust, List<Change> changes,
                             List<String> problems, Status status) {

    /** Per signature, in order of precedence. */
    public enum Status {
        /** Bytes not intact, certificate or time-stamp not valid, or the signature malformed. */
        INVALID,
        /** The bytes are intact, but something not allowed changed after the signature. */
        MODIFIED,
        /** Intact and unmodified, but the signer does not chain to a --trust anchor. */
        UNTRUSTED,
        /** Intact, only allowed changes after it, and trusted (or trust not checked). */
        VALID
    }

    public SignatureCheck {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** The changes after this signature that its rules do not permit. */
    public List<Change> disallowedChanges() {
        return changes.stream().filter(c -> !c.allowed()).toList();
    }
}
