package io.countersign.signoff.online;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The short browser names in the certificate's table, for the user agents buyers actually send. */
class UserAgentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36|Chrome 126 · Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87|Edge 126 · Windows",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1|Safari 17 · iPhone",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0|Firefox 127 · macOS",
        "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1|Chrome 126 · iPad",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36|Samsung Internet 25 · Android 14",
        "Mozilla/5.0 (Linux; Android 14; wv) AppleWebKit/537.36 Chrome/125.0.6422.165 Mobile Safari/537.36 MicroMessenger/8.0.49.2600(0x2800313D)|WeChat 8 · Android 14",
        "curl/8.5.0|curl 8.5.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36|Chrome 126 · Linux",
    })
    void namesTheBrowserItsMajorVersionAndTheSystem(String userAgent, String expected) {
        assertThat(UserAgents.shortName(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|''", "SomeUnknownAgent|SomeUnknownAgent"})
    void anEmptyOrUnknownAgentIsShownAsItIs(String userAgent, String expected) {
        assertThat(UserAgents.shortName(userAgent)).isEqualTo(expected);
    }
}
