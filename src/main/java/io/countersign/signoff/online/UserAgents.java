package io.countersign.signoff.online;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, readable name for a browser's user-agent string ("Chrome 126 · Windows"), for the
 * certificate's table; the full string is printed too. Only the common browsers and systems are
 * named; anything else falls back to the string's first product token.
 */
final class UserAgents {
    private record Product(String name, Pattern version) {
    }

    /** In the order tested: browsers built on another engine name themselves before the engine's token. */
    private static final List<Product> BROWSERS = List.of(
            new Product("WeChat", Pattern.compile("MicroMessenger/(\\d+)")),
            new Product("Edge", Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)")),
            new Product("Opera", Pattern.compile("(?:OPR|Opera)/(\\d+)")),
            new Product("Samsung Internet", Pattern.compile("SamsungBrowser/(\\d+)")),
            new Product("Firefox", Pattern.compile("(?:Firefox|FxiOS)/(\\d+)")),
            new Product("Chrome", Pattern.compile("(?:CriOS|Chrome)/(\\d+)")),
            new Product("Safari", Pattern.compile("Version/(\\d+)[.\\d]* (?:Mobile/\\S+ )?Safari/")));
    private static final Pattern FIRST_PRODUCT = Pattern.compile("^([A-Za-z][\\w.-]{0,30})(?:/([\\w.]{1,12}))?");

    private UserAgents() {
    }

    static String shortName(String userAgent) {
        String ua = userAgent.strip();
        if (ua.isEmpty()) {
            return "";
        }
        String browser = null;
        for (Product p : BROWSERS) {
            Matcher m = p.version().matcher(ua);
            if (m.find()) {
                browser = p.name() + " " + m.group(1);
                break;
            }
        }
        if (browser == null) {
            Matcher m = FIRST_PRODUCT.matcher(ua);
            browser = m.find() && !m.group(1).equals("Mozilla") ? m.group(1) + (m.group(2) == null ? "" : " " + m.group(2))
                    : ua.length() <= 24 ? ua : ua.substring(0, 23) + "…";
        }
        String system = system(ua);
        return system.isEmpty() ? browser : browser + " · " + system;
    }

    private static String system(String ua) {
        if (ua.contains("iPhone")) {
            return "iPhone";
        }
        if (ua.contains("iPad")) {
            return "iPad";
        }
        Matcher android = Pattern.compile("Android (\\d+)").matcher(ua);
        if (android.find()) {
            return "Android " + android.group(1);
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("CrOS")) {
            return "ChromeOS";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return "";
    }
}
