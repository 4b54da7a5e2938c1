package io.countersign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The translated bundles against the English one: same keys, same placeholders, valid MessageFormat patterns. */
class MessagesBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A single apostrophe (not part of '') starts a MessageFormat quote and silently swallows text. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties bundle(String suffix) throws IOException {
        String file = "/io/countersign/render/i18n/messages_" + suffix + ".properties";
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "zh_TW", "de"})
    void hasTheEnglishKeysAndPlaceholders(String suffix) throws IOException {
        Properties en = bundle("en");
        Properties tr = bundle(suffix);

        assertThat(tr.stringPropertyNames()).as(suffix + " keys").isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(tr.getProperty(key)).as(suffix + " " + key).isNotBlank();
            assertThat(placeholders(tr.getProperty(key))).as(suffix + " " + key + " placeholders")
                    .isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh_CN", "zh_TW", "de"})
    void everyPatternFormats(String suffix) throws IOException {
        Properties p = bundle(suffix);
        // eight arguments: the settlement clauses use up to {7}; {4} is a number because a choice pattern reads it
        Object[] args = {3, "KB-5A", "set, sizes", "1200", 2, "KB-5B", "7.50", "USD"};
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as(suffix + " " + key + ": write a literal ' as ''")
                    .isFalse();
            assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(args)).as(suffix + " " + key)
                    .doesNotThrowAnyException();
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(args)).as(suffix + " " + key)
                    .doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void taiwanIsNotSimplifiedChinese() throws IOException {
        assertThat(bundle("zh_TW").getProperty("pi.title")).isNotEqualTo(bundle("zh_CN").getProperty("pi.title"));
    }

    @Test
    void aMessageWithoutArgumentsStillUnquotesApostrophes() {
        assertThat(Messages.of("en", Optional.empty()).get("sign.heading"))
                .isEqualTo("Buyer's countersignature");
    }
}
