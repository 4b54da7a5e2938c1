package io.countersign.server;

/**
 * Signs a PDF the server issues with the server's own key — the seam for {@code io.countersign.signing}.
 * Configure one with {@link ServerConfig#withSigner}; without one, {@code POST /api/v1/settlements}
 * issues unsigned agreements and refuses {@code ?sign=true} with 409.
 */
@FunctionalInterface
public interface PdfSigner {
    /**
     * Returns {@code pdf} signed (an incremental update, so the issued content and its form stay as
     * they are); {@code reason} is the signature's reason, e.g. "Issued by countersign".
     */
    byte[] sign(byte[] pdf, String reason);
}
