package io.countersign.pi;

import io.countersign.signoff.DocumentIdentity;
import java.util.List;

/** What rendering a PI produced besides its bytes: its identity (with the sign-off points), PO findings, look-alikes. */
public record PiRendering(DocumentIdentity identity, List<PoFinding> findings, LookAlikeReport lookAlikes) {
    public PiRendering {
        findings = List.copyOf(findings);
    }
}
