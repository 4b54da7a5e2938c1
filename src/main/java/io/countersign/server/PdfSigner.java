package io.countersign.server;

/**
 * Signs a PDF the server issues with the server's own key — the seam for {@code io.countersign.signing}.
 * Configure one with {@link ServerConfig#withSigner}; without one, {@code POST /api/v1/settlements}
 * issues unsigned agreements and refuses {@code ?sign=true} with 409, and certificates of completion
 * of online sign-offs are not sealed.
 */
@FunctionalInterface
public interface PdfSigner {
    /**
     * Returns {@code pdf} signed (an incremental update, so the issued content and its form stay as
     * they are); {@code reason} is the signature's reason, e.g. "Issued by countersign".
     */
    byte[] sign(byte[] pdf, String reason);

    /**
     * Seals a finished record — the PI with its certificate of completion — so that nothing may change
     * after it (a certifying signature allowing no changes, where the signer supports it). By default
     * the same signature as {@link #sign}.
     */
    default byte[] seal(byte[] pdf, String reason) {
        return sign(pdf, reason);
    }
}
