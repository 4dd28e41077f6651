package id.aduan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: Debian's {@code chromium} and {@code chromedriver} (paths in the
 * system properties {@code aduan.chromium} and {@code aduan.chromedriver}). Without them the tests are
 * skipped with a message, unless {@code aduan.browser-tests.required=true} (as in CI), where they fail.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("aduan.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("aduan.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.getBoolean("aduan.browser-tests.required")) {
            throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(
                installed,
                "Browser tests skipped: install chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits up to a minute: Tasklist's first form can take that long on a busy machine with two cores. A condition
     * that meets a page on its way out (Chromium then says an element "does not belong to the document") is tried
     * again on the next page.
     */
    public WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Waits until the element is there, scrolls it into view and clicks it. */
    public void click(By locator) {
        var element = waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Runs JavaScript in the page and returns its result, such as a number as a Long. */
    public Object script(String script) {
        return driver.executeScript(script);
    }

    /** Saves a screenshot into target/screenshots. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
