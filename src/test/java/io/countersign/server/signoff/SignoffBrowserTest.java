package io.countersign.server.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.Countersign;
import io.countersign.server.TestServer;
import io.countersign.signing.SignatureReport;
import io.countersign.signing.SignatureReportText;
import io.countersign.signing.VerifyOptions;
import io.countersign.testing.TestPki;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buyer's page in a real browser: Debian's Chromium driven by its chromedriver (both paths given,
 * nothing downloaded), on a phone-sized window, with script and without.
 */
class SignoffBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path data;

    private WebDriver browser;

    @BeforeAll
    static void browserInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("COUNTERSIGN_REQUIRE_BROWSER") != null) {
            throw new AssertionError(CHROMIUM + " and " + CHROMEDRIVER + " are required here (COUNTERSIGN_REQUIRE_BROWSER is set)");
        }
        if (!present) {
            System.err.println("SignoffBrowserTest SKIPPED: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBuyerDecidesEachStyleOnAPhoneAndCannotFinishEarly() throws Exception {
        TestPki pki = TestPki.get();
        try (TestServer server = TestServer.start(TestServer.config(data).withSigner(OnlineSignoffTest.sealer(pki)))) {
            String doc = OnlineSignoffTest.postPi(server);
            String url = OnlineSignoffTest.link(server, doc, "{\"recipient\": \"anna@buyer.example\"}").path("url").asText();
            browser = chromium(true);
            browser.get(url);
            WebDriverWait wait = waiting(30);
            WebElement finish = browser.findElement(By.cssSelector("#finish button[type=submit]"));
            assertThat(progress()).isEqualTo("0 of 3 decided");
            assertThat(finish.isEnabled()).isFalse();
            assertThat(browser.findElements(By.xpath("//*[contains(translate(., 'CONFIRMAL', 'confirmal'), 'confirm all')]"))
                    .stream().filter(e -> e.getTagName().equals("button"))).isEmpty();

            // Finishing early: the button is disabled; forced enabled and pressed, the server refuses.
            browser.findElement(By.name("name")).sendKeys("Anna Buyer");
            ((JavascriptExecutor) browser).executeScript("arguments[0].disabled = false; arguments[0].click();", finish);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error")));
            assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("3 of 3 points are not decided yet");

            List<WebElement> points = browser.findElements(By.cssSelector("li.point"));
            assertThat(points).hasSize(3);
            click(points.get(0), "confirm");
            wait.until(d -> progress().equals("1 of 3 decided"));
            click(points.get(1), "confirm");
            wait.until(d -> progress().equals("2 of 3 decided"));
            assertThat(browser.findElement(By.cssSelector("#finish button[type=submit]")).isEnabled()).isFalse();
            WebElement third = browser.findElements(By.cssSelector("li.point")).get(2);
            third.findElement(By.name("note")).sendKeys("print the dots in blue");
            click(third, "change");
            wait.until(d -> progress().equals("3 of 3 decided"));
            WebElement ready = browser.findElement(By.cssSelector("#finish button[type=submit]"));
            wait.until(ExpectedConditions.elementToBeClickable(ready));
            browser.findElement(By.name("name")).clear();
            browser.findElement(By.name("name")).sendKeys("Anna Buyer");
            ready.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.finished")));
            assertThat(browser.findElement(By.cssSelector("section.finished")).getText()).contains("Signed off by Anna Buyer");
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the page fits a phone's width").isLessThanOrEqualTo(0L);

            JsonNode document = server.get("/api/v1/documents/" + doc).json();
            assertThat(document.path("status").asText()).isEqualTo("changes-requested");
            assertThat(document.path("points").get(2).path("note").asText()).isEqualTo("print the dots in blue");
            String certificateHref = browser.findElement(By.cssSelector("section.finished a")).getAttribute("href");
            byte[] certificate = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(certificateHref)).GET()).body();
            SignatureReport seal = Countersign.verify(certificate, "certificate.pdf", VerifyOptions.trusting(List.of(pki.ca.certificate())));
            assertThat(seal.verified()).as(SignatureReportText.of(seal)).isTrue();

            JsonNode audit = server.get("/api/v1/documents/" + doc + "/audit").json();
            assertThat(audit.path("intact").asBoolean()).isTrue();
            assertThat(audit.path("events").findValuesAsText("type")).contains("completion.refused", "completed");
            assertThat(audit.path("events").findValuesAsText("userAgent")).anyMatch(ua -> ua.contains("Chrome"));
        }
    }

    @Test
    void withoutScriptEachPointIsSavedByItsOwnButton() {
        try (TestServer server = TestServer.start(data)) {
            String doc = OnlineSignoffTest.postPi(server);
            String url = OnlineSignoffTest.link(server, doc, "{\"recipient\": \"anna@buyer.example\"}").path("url").asText();
            browser = chromium(false);
            browser.get(url);
            for (int i = 0; i < 3; i++) {
                WebElement point = browser.findElements(By.cssSelector("li.point")).get(i);
                click(point, "confirm");
                point.findElement(By.cssSelector("form.decide button[type=submit]")).click();
                int decided = i + 1;
                waiting(30).until(d -> progress().equals(decided + " of 3 decided"));
            }
            browser.findElement(By.name("name")).sendKeys("Anna Buyer");
            browser.findElement(By.cssSelector("#finish button[type=submit]")).click();
            waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.finished")));
            assertThat(server.get("/api/v1/documents/" + doc).json().path("status").asText()).isEqualTo("confirmed");
        }
    }

    /** A wait that looks again when the page was replaced under it (a form post loads the next page). */
    private WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private String progress() {
        return browser.findElement(By.id("progress")).getText();
    }

    private static void click(WebElement point, String choice) {
        point.findElement(By.cssSelector("input[name=decision][value=" + choice + "]")).click();
    }

    private static WebDriver chromium(boolean script) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844",
                "--user-agent=Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36");
        if (!script) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
