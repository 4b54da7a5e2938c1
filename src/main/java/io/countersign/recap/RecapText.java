package io.countersign.recap;

/** The plain-text body: the same numbered lines as the HTML, readable in any mail client and when quoted in a reply. */
final class RecapText {
    private static final String INDENT = "   ";

    private RecapText() {
    }

    static String of(RecapBody body) {
        Wording w = body.wording();
        StringBuilder t = new StringBuilder();
        t.append(body.intro()).append("\n\n");
        if (!body.findings().isEmpty()) {
            t.append(w.findingsTitle(body.findings().size())).append('\n');
            body.findings().forEach(f -> t.append("- ").append(f).append('\n'));
            t.append('\n');
        }
        for (RecapLine line : body.lines()) {
            t.append(line.number()).append(". ").append(w.codes(line)).append(": ").append(line.name()).append('\n');
            if (!line.revisionNote().isEmpty()) {
                t.append(INDENT).append(line.revisionNote()).append('\n');
            }
            w.sameDescription(line).ifPresent(s -> t.append(INDENT).append(s).append('\n'));
            w.lookAlike(line).ifPresent(s -> t.append(INDENT).append(s).append('\n'));
            t.append(INDENT).append(w.amount(line)).append("\n\n");
        }
        t.append(w.totalQuantity(body.quantities())).append('\n');
        t.append(w.totalAmount(body.total())).append("\n\n");
        t.append(w.replyIntro()).append('\n');
        w.replyExamples(body.lines().size()).forEach(e -> t.append(INDENT).append(e).append('\n'));
        t.append(w.undecided()).append('\n');
        t.append(w.decideOnDocument()).append("\n\n");
        t.append(body.document()).append('\n');
        return t.toString();
    }
}
