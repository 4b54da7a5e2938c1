package io.countersign.core;

import java.util.List;

/** A seller or buyer as printed on a document: name, address lines, contact. */
public record Party(String name, List<String> address, Contact contact) {
    public Party {
        address = List.copyOf(address);
    }
}
