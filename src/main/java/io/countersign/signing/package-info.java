/**
 * PAdES signing, countersigning and verification of the PDFs countersign writes (and any other
 * unencrypted PDF).
 *
 * <ul>
 *   <li>{@link io.countersign.signing.PadesSigner}: PDF bytes + {@link io.countersign.signing.SigningKey}
 *       + {@link io.countersign.signing.SigningRequest} → signed bytes, as an incremental update;
 *       the first signature may certify ({@link io.countersign.signing.DocMdp}).</li>
 *   <li>{@link io.countersign.signing.FormFiller}: fills fields of a signed PDF incrementally, so
 *       earlier signatures stay valid.</li>
 *   <li>{@link io.countersign.signing.SignatureVerifier}: per signature, the signed bytes, time-stamp,
 *       certificate, trust and what changed after it → {@link io.countersign.signing.SignatureReport}.</li>
 * </ul>
 *
 * Nothing here reads the network except {@link io.countersign.signing.TimestampClient}, and only
 * when a time-stamp authority is asked for.
 */
package io.countersign.signing;
