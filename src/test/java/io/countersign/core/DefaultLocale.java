package io.countersign.core;

import java.util.Locale;

/** Runs a block under another default locale and restores every category afterwards. */
final class DefaultLocale {
    static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private DefaultLocale() {
    }

    static void with(Locale locale, Runnable body) {
        Locale saved = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(locale);
        try {
            body.run();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
