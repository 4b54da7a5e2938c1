package io.countersign.signing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code verify}'s report as people read it: one block per signature, then the result line. */
public final class SignatureReportText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private SignatureReportText() {
    }

    public static String of(SignatureReport report) {
        StringBuilder sb = new StringBuilder();
        int n = report.signatures().size();
        sb.append(report.file()).append(": ").append(String.format(Locale.ROOT, "%,d", report.length())).append(" bytes, ")
                .append(n == 0 ? "no signatures" : n == 1 ? "1 signature" : n + " signatures").append('\n');
        int i = 1;
        for (SignatureCheck s : report.signatures()) {
            sb.append('\n');
            signature(sb, i++, s, report.length());
        }
        sb.append('\n').append(result(report)).append('\n');
        return sb.toString();
    }

    private static void signature(StringBuilder sb, int number, SignatureCheck s, long length) {
        sb.append(number).append(". field ").append(s.field()).append(" — ")
                .append(s.certification().map(l -> "certification, P=" + l.p() + " (" + l.meaning() + ")").orElse("approval signature"))
                .append('\n');
        row(sb, "signer", s.signer() + (s.issuer().isEmpty() ? "" : ", issued by " + s.issuer()));
        row(sb, "signed at", s.signingTime().map(t -> TIME.format(t) + " (as the signer's computer claims)").orElse("no time given"));
        s.timestamp().ifPresent(t -> row(sb, "time-stamp", TIME.format(t.time()) + " by " + t.authority() + ": "
                + (t.imprintMatches() ? "made over this signature" : "NOT made over this signature") + ", "
                + (t.tokenValid() ? "token valid" : "token NOT valid")
                + (t.trust().state() == Trust.State.NOT_CHECKED ? "" : ", authority " + trust(t.trust()))));
        row(sb, "profile", s.profile() + " (" + s.subFilter() + ")");
        row(sb, "signed bytes", s.intact() ? "intact (digest matches, signature value verifies)"
                : "NOT intact (" + (s.digestMatches() ? "digest matches" : "digest does NOT match") + ", "
                + (s.signatureValid() ? "signature value verifies" : "signature value does NOT verify") + ")");
        row(sb, "covers", s.coversWholeFile() ? "the whole file"
                : String.format(Locale.ROOT, "bytes 0–%,d of %,d; later revisions follow", s.signedLength(), length));
        row(sb, "certificate", s.certificateValid() ? "valid at the signing time" : "NOT valid at the signing time");
        row(sb, "trust", trust(s.trust()));
        changes(sb, s.changes(), s.coversWholeFile());
        for (String p : s.problems()) {
            row(sb, "problem", p);
        }
        row(sb, "status", s.status().name());
    }

    private static void changes(StringBuilder sb, List<Change> changes, boolean whole) {
        if (changes.isEmpty()) {
            row(sb, "changed after", whole ? "nothing (nothing follows it)" : "nothing that matters (later revisions change nothing compared)");
            return;
        }
        long bad = changes.stream().filter(c -> !c.allowed()).count();
        row(sb, "changed after", bad == 0 ? "allowed changes only:" : bad + " change(s) NOT allowed:");
        for (Change c : changes) {
            sb.append("     ").append(c.allowed() ? "  allowed      " : "  NOT ALLOWED  ").append(c.description()).append('\n');
        }
    }

    private static String trust(Trust t) {
        return switch (t.state()) {
            case TRUSTED -> "trusted (" + t.detail() + ")";
            case UNTRUSTED -> "NOT trusted: " + t.detail();
            case NOT_CHECKED -> "not checked (give --trust CA.pem to check the chain)";
        };
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("   ").append(String.format(Locale.ROOT, "%-14s", label)).append(value).append('\n');
    }

    /** The last line: VERIFIED or NOT VERIFIED, and why. */
    static String result(SignatureReport report) {
        int n = report.signatures().size();
        if (n == 0) {
            return "Result: NOT VERIFIED — the document has no signatures";
        }
        if (report.verified()) {
            return "Result: VERIFIED — " + (n == 1 ? "the signature is" : "all " + n + " signatures are") + " intact, only allowed changes follow"
                    + (report.trustChecked() ? ", and every signer is trusted" : " (trust not checked)");
        }
        StringBuilder sb = new StringBuilder("Result: NOT VERIFIED —");
        int i = 1;
        String sep = " ";
        for (SignatureCheck s : report.signatures()) {
            if (s.status() != SignatureCheck.Status.VALID) {
                sb.append(sep).append("signature ").append(i).append(" (").append(s.field()).append(") ").append(s.status())
                        .append(reason(s).map(r -> ": " + r).orElse(""));
                sep = "; ";
            }
            i++;
        }
        return sb.toString();
    }

    private static Optional<String> reason(SignatureCheck s) {
        return switch (s.status()) {
            case INVALID -> s.problems().stream().findFirst();
            case MODIFIED -> s.disallowedChanges().stream().findFirst().map(Change::description);
            case UNTRUSTED -> Optional.of(s.trust().detail());
            case VALID -> Optional.empty();
        };
    }
}
