package io.countersign.settlement.agreement;

import java.util.List;
import java.util.Optional;

/**
 * One numbered clause: its sign-off point id ({@code signoff.<id>}), its title, its wording in each
 * language of the agreement ({@code texts.get(0)} the main one, paragraphs in order) and the table
 * the wording refers to, if any. The buyer agrees to or discusses each clause on its own.
 */
public record Clause(String id, int number, String title, List<List<String>> texts, Optional<ClauseTable> table) {
    public Clause {
        texts = texts.stream().map(List::copyOf).toList();
    }

    public List<String> main() {
        return texts.get(0);
    }

    /** The second language's paragraphs; empty when the agreement has one language. */
    public List<String> second() {
        return texts.size() > 1 ? texts.get(1) : List.of();
    }
}
