package io.countersign.core;

/** Who to talk to at a party; any part may be empty but never null. */
public record Contact(String person, String email, String phone) {
    public static final Contact NONE = new Contact("", "", "");
}
