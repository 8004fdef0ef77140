package uz.daftar.local;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real headless Chromium, driven through ChromeDriver, for the ITs that check pages as a user's browser shows
 * them. Debian's {@code chromium} and {@code chromium-driver} are installed with apt-get on first use when they are
 * missing and we are root (as in CI); otherwise a missing browser fails the test with what to install.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser with an empty profile; close it when done. */
    static Browser open() {
        ensureInstalled();
        try {
            Path profile = Files.createTempDirectory("daftar-browser-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // The machine has no internet: without the background-networking switches Chromium keeps dialling out.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a browser profile", e);
        }
    }

    /**
     * Sends {@code Authorization: Bearer <token>} with every request the browser makes from now on, page loads and
     * the page's own fetches alike, as a client holding the token would.
     */
    Browser authorize(String token) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Bearer " + token)));
        return this;
    }

    /** Loads a page and waits for the document to be complete. */
    Browser visit(String url) {
        driver.get(url);
        until(d -> "complete".equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState")), Duration.ofSeconds(30));
        return this;
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Runs a script in the page and returns its result (Selenium's conversion: strings, numbers, lists, maps). */
    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition::apply);
    }

    String title() {
        return driver.getTitle();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TestStack.deleteTree(profile);
        }
    }

    private static synchronized void ensureInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        if (!RunAs.isRoot()) {
            throw new IllegalStateException("These tests need a headless Chromium: install Debian's packages "
                    + "chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        run(List.of("apt-get", "-q", "update"));
        run(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q", "--no-install-recommends",
                "chromium", "chromium-driver"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("apt-get ran but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
    }

    private static void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
