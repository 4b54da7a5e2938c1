package io.countersign.settlement;

/** The law the agreement is governed by, and how disputes are resolved (court or arbitration, seat, language). */
public record Law(String governingLaw, String disputes) {
}
