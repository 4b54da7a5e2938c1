package io.countersign.signoff;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The mark of a certificate-of-completion page appended to an issued PDF by the online sign-off: a
 * page-piece dictionary ({@code /PieceInfo /Countersign}, ISO 32000-1 § 14.5) naming the document and
 * revision. Checking a returned file against the issued one accepts marked pages after the issued
 * ones as the one allowed addition; any other extra page still makes the document altered. The mark
 * says what a page is, not who made it: the server's signature over the whole file is what vouches
 * for the certificate (see {@code countersign verify}).
 */
public final class CertificatePages {
    private static final COSName PIECE = COSName.getPDFName("Countersign");
    private static final COSName LAST_MODIFIED = COSName.getPDFName("LastModified");
    private static final COSName PRIVATE = COSName.getPDFName("Private");
    private static final COSName KIND = COSName.getPDFName("CompletionCertificate");
    private static final COSName DOCUMENT_ID = COSName.getPDFName("DocumentId");
    private static final COSName REVISION = COSName.getPDFName("Revision");

    private CertificatePages() {
    }

    /** Marks {@code page} as a certificate page of {@code documentId} revision {@code revision}, completed at {@code at}. */
    public static void mark(PDPage page, String documentId, int revision, Instant at) {
        Calendar when = GregorianCalendar.from(at.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        COSDictionary data = new COSDictionary();
        data.setItem(COSName.TYPE, KIND);
        data.setString(DOCUMENT_ID, documentId);
        data.setInt(REVISION, revision);
        COSDictionary piece = new COSDictionary();
        piece.setDate(LAST_MODIFIED, when);
        piece.setItem(PRIVATE, data);
        COSDictionary pieceInfo = new COSDictionary();
        pieceInfo.setItem(PIECE, piece);
        page.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo);
        // a page with page-piece data must say when it was last changed
        page.getCOSObject().setDate(LAST_MODIFIED, when);
    }

    /** True when {@code page} carries the certificate mark for {@code identity}'s document and revision. */
    public static boolean isCertificate(PDPage page, DocumentIdentity identity) {
        COSDictionary pieceInfo = page.getCOSObject().getCOSDictionary(COSName.PIECE_INFO);
        COSDictionary piece = pieceInfo == null ? null : pieceInfo.getCOSDictionary(PIECE);
        COSDictionary data = piece == null ? null : piece.getCOSDictionary(PRIVATE);
        return data != null && KIND.equals(data.getCOSName(COSName.TYPE))
                && identity.documentId().equals(data.getString(DOCUMENT_ID)) && data.getInt(REVISION) == identity.revision();
    }
}
