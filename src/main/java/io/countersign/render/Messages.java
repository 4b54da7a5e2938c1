package io.countersign.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Labels and fixed sentences per language, from UTF-8 bundles in the jar. A missing key in a
 * translation falls back to English; a key missing in English is a bug and shows as {@code ??key??}.
 */
public final class Messages {

    /** The languages countersign speaks, by their tag as written in input files and on the command line. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN", "zh-TW", "de");

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private final String language;
    private final Optional<String> second;

    private Messages(String language, Optional<String> second) {
        this.language = language;
        this.second = second;
    }

    /** Messages in one language; {@code second} adds a translation after each label (bilingual documents). */
    public static Messages of(String language, Optional<String> second) {
        requireKnown(language);
        second.ifPresent(Messages::requireKnown);
        return new Messages(language, second.filter(s -> !s.equals(language)));
    }

    public static boolean isKnown(String language) {
        return LANGUAGES.contains(language);
    }

    public String language() {
        return language;
    }

    public Optional<String> secondLanguage() {
        return second;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The label in the main language, and in bilingual mode " / " and the second language when it differs. */
    public String get(String key) {
        return format(key);
    }

    /** {@link #get(String)} with one argument (templates call fixed arities; OGNL does not resolve varargs). */
    public String with(String key, Object a) {
        return format(key, a);
    }

    public String with(String key, Object a, Object b) {
        return format(key, a, b);
    }

    /** The message with arguments, bilingual when asked for. */
    public String format(String key, Object... args) {
        String main = format(language, key, args);
        if (second.isEmpty()) {
            return main;
        }
        String other = format(second.get(), key, args);
        return other.equals(main) ? main : main + " / " + other;
    }

    /**
     * A sentence assembled from several messages: {@code sentence} is written once with the messages
     * of the main language alone and, in bilingual mode, once more with those of the second language,
     * joined by " / " like {@link #format(String, Object...)} when they differ.
     */
    public String compose(Function<Messages, String> sentence) {
        String main = sentence.apply(new Messages(language, Optional.empty()));
        if (second.isEmpty()) {
            return main;
        }
        String other = sentence.apply(new Messages(second.get(), Optional.empty()));
        return other.equals(main) ? main : main + " / " + other;
    }

    /** The message in the main language only. */
    public String single(String key, Object... args) {
        return format(language, key, args);
    }

    private static String format(String language, String key, Object[] args) {
        String pattern = bundle(language).getProperty(key, bundle("en").getProperty(key));
        if (pattern == null) {
            return "??" + key + "??";
        }
        // always through MessageFormat, also without arguments, so that '' in a pattern prints as '
        return ((MessageFormat) FORMATS.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT)).clone()).format(args);
    }

    /** Parsed patterns; MessageFormat is not thread-safe, so each use formats with a clone (cheaper than parsing again). */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private static Properties bundle(String language) {
        return BUNDLES.computeIfAbsent(language, Messages::load);
    }

    private static Properties load(String language) {
        String file = "/io/countersign/render/i18n/messages_" + language.replace('-', '_') + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void requireKnown(String language) {
        if (!isKnown(language)) {
            throw new IllegalArgumentException("unknown language \"" + language + "\"; use one of " + LANGUAGES);
        }
    }
}
