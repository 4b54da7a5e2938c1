package io.countersign.settlement;

import java.time.LocalDate;

/** What is re-made, when it leaves the factory and ships, and who books the freight. */
public record Rework(String description, LocalDate exFactory, LocalDate shipment, Side freightBookedBy) {
}
