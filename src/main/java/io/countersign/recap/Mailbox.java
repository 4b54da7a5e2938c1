package io.countersign.recap;

/** A name and an email address for a From or To header, e.g. "Lily Chen (陈丽)" &lt;lily.chen@…&gt;. */
public record Mailbox(String name, String address) {
}
