package com.marginportal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of a test JVM: starting one per test cost about 0.6 s each (start and
 * quit) and threw away the HTTP and compiled-code caches of Vaadin's 6 MB development bundle every time.
 * <p>
 * What a test could leave behind is removed before the next one starts: it gets a new tab (so no page script,
 * session storage or CDP script added to the old tab survives), every cookie is cleared (so it is signed out, with the
 * default language) and the application's local storage, IndexedDB and service workers are cleared. Only the HTTP
 * cache stays, which a browser keeps across sign-ins anyway. If the browser is broken (crashed, hung on a dialog), a
 * new one is started. It quits when the JVM exits.
 */
final class SharedBrowser {

    private static ChromeDriver driver;
    /** The window as --window-size made it: a test that resized it leaves the next one this size again. */
    private static Dimension window;

    private SharedBrowser() {
    }

    /** The JVM's browser on a new, clean tab (started if need be). */
    static synchronized ChromeDriver freshTab(Path chromium, Path chromedriver, String origin) throws IOException {
        if (driver != null) {
            try {
                clean(origin);
                return driver;
            } catch (RuntimeException broken) {
                System.out.println("[browser] starting a new Chromium: " + broken.getMessage());
                quit();
            }
        }
        driver = start(chromium, chromedriver);
        return driver;
    }

    private static void clean(String origin) {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin,
                "storageTypes", "local_storage,indexeddb,websql,service_workers,cache_storage,file_systems"));
        if (!driver.manage().window().getSize().equals(window)) {
            driver.manage().window().setSize(window);
        }
        if (old.equals(fresh)) {
            throw new IllegalStateException("no new tab");
        }
    }

    private static ChromeDriver start(Path chromium, Path chromedriver) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,800", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-quit"));
        window = started.manage().window().getSize();
        return started;
    }

    private static void quit() {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // nothing left to stop
        } finally {
            driver = null;
        }
    }
}
