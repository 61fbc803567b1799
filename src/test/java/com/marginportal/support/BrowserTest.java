package com.marginportal.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end tests in headless Debian Chromium against the application on a random port.
 * Skipped, with a message, only where Chromium is not installed (.ci/run installs it). One Chromium serves all
 * browser tests of the JVM ({@link SharedBrowser}); each test starts in a new tab with no cookies or storage.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A development bundle build runs npm install and Vite: ~1.5 min here, longer on a cold npm cache. */
    private static final Duration FRONTEND_BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static volatile boolean frontendReady;
    /**
     * How often a wait looks again. Selenium's default of 500 ms made every wait that was not met at once cost half a
     * second: a page load plus the wait for its grids took 1.1 s, of which 0.5 s was sleeping.
     */
    public static final Duration POLL = Duration.ofMillis(50);

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        awaitFrontendBundle();
        driver = SharedBrowser.freshTab(CHROMIUM, CHROMEDRIVER, "http://localhost:" + port);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60), POLL);
    }

    /**
     * When src/main/bundles/dev.bundle does not match the frontend (npm packages, frontend/src files), Vaadin
     * rebuilds the development bundle in the background and answers every page with a "building" page meanwhile.
     * Wait for that once per test JVM, asking the way that page polls (header X-DevModePoll).
     */
    private void awaitFrontendBundle() throws Exception {
        if (frontendReady) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest poll = HttpRequest.newBuilder(URI.create(url("login"))).header("X-DevModePoll", "true").GET().build();
        org.awaitility.Awaitility.await("Vaadin's development bundle").atMost(FRONTEND_BUILD_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http.send(poll, HttpResponse.BodyHandlers.discarding()).headers()
                        .firstValue("X-DevModePending").isEmpty());
        frontendReady = true;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void login(String username, String password) {
        driver.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    /**
     * Signs in by the login form's own post, sent over HTTP, and gives the browser the new session's cookie: the
     * browser then opens whatever page the test needs first. Typing into the form cost two page loads (the login
     * view, then the home view the test did not need) per test. Tests of the form itself use {@link #login}.
     */
    protected void signIn(String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("sign-in of " + username + " failed", e);
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after signing in " + username));
        browserCookie(session.getName(), session.getValue(), true);
    }

    /** Sets a cookie of the portal's origin in the browser without loading a page first. */
    protected void browserCookie(String name, String value, boolean httpOnly) {
        ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", Map.of("name", name, "value", value,
                "url", url(""), "path", "/", "httpOnly", httpOnly));
    }

    /** Visible text of the first element matching the CSS selector, searched through all shadow roots. */
    protected String deepText(String cssSelector) {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                const find = (root, selector) => {
                  const hit = root.querySelector(selector);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const inner = find(el.shadowRoot, selector); if (inner) return inner; }
                  }
                  return null;
                };
                const el = find(document, arguments[0]);
                return el && el.offsetParent !== null ? el.innerText : null;""", cssSelector);
        return text == null ? null : text.toString();
    }

    protected WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks the element once a fresh look finds it visible; a grid that renders its rows again between the look and
     * the click (a filter's answer arriving) makes the element stale, and the click is tried again on the new one.
     */
    protected void clickWhenSettled(By locator) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (StaleElementReferenceException rendered) {
                return false;
            }
        });
    }
}
