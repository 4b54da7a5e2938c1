package io.countersign.recap;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;

/**
 * A multipart with a boundary chosen by the caller instead of jakarta.mail's unique (time- and
 * hash-based) one, so the same recap always gives the same bytes.
 */
final class FixedBoundaryMultipart extends MimeMultipart {

    /** {@code rootType} is the {@code type} parameter of multipart/related (RFC 2387): the type of its first part. */
    FixedBoundaryMultipart(String subtype, String boundary, Optional<String> rootType) {
        super(subtype);
        ContentType ct = new ContentType("multipart", subtype, null);
        ct.setParameter("boundary", boundary);
        rootType.ifPresent(t -> ct.setParameter("type", t));
        contentType = ct.toString();
    }
}
