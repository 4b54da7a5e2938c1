package io.countersign.signoff;

/** Who countersigned, as typed into the signer fields; parts are empty when left blank. */
public record Signer(String name, String title, String date) {
    public static final Signer NONE = new Signer("", "", "");

    public boolean isBlank() {
        return name.isBlank() && title.isBlank() && date.isBlank();
    }
}
