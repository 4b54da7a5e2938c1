package io.countersign.signing;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Names of certificate subjects and issuers as people read them. */
final class Certificates {
    private Certificates() {
    }

    /** The common name (CN), or the whole distinguished name when there is none. */
    static String commonName(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        if (cn.length == 0) {
            return principal.getName(X500Principal.RFC2253);
        }
        return IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    static String subjectName(X509Certificate cert) {
        return commonName(cert.getSubjectX500Principal());
    }

    static String issuerName(X509Certificate cert) {
        return commonName(cert.getIssuerX500Principal());
    }

    /** The full subject as an RFC 2253 string, most specific part (usually CN) first. */
    static String subject(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }
}
