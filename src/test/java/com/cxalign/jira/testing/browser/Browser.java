package com.cxalign.jira.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A JUnit rule that runs each test with a fresh headless Chromium driven by Selenium through chromedriver, both
 * Debian's ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). Selenium is given both
 * binaries explicitly ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or {@code -Dcx.browser.chromium}
 * and {@code -Dcx.browser.chromedriver}), so Selenium Manager never runs and nothing is downloaded. When they are
 * missing the test FAILS, saying how to install them; it never skips.
 *
 * <p>Every test also fails on errors in the browser console (SEVERE log entries: uncaught exceptions, unhandled
 * promise rejections, {@code console.error}, resources that failed to load) unless announced with
 * {@link #expectConsoleError(String)}.
 *
 * <pre>
 * &#64;Rule public final Browser browser = new Browser();
 * browser.open(url);
 * browser.waitFor("#cx-admin-version");
 * assertEquals("1.2.3", browser.text("#cx-admin-version"));
 * browser.click(".cx-admin-copy");
 * browser.screenshot(Paths.get("docs/images/admin-overview.png"));
 * </pre>
 */
public final class Browser implements TestRule {

    public static final String CHROMIUM_PROPERTY = "cx.browser.chromium";
    public static final String CHROMEDRIVER_PROPERTY = "cx.browser.chromedriver";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    /**
     * Selenium warns when Chromium is newer than its bundled DevTools (CDP) bindings; this rule uses only WebDriver
     * commands and chromedriver's log endpoint, so the warning is noise. Held here: JUL keeps loggers weakly.
     */
    private static final List<Logger> CDP_LOGGERS =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    private int width = 1200;
    private int height = 800;
    private Duration timeout = Duration.ofSeconds(10);
    private final List<String> expectedConsoleErrors = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private ChromeDriver driver;
    private Path userDataDir;

    /** The page's viewport (and screenshots') size in CSS pixels; default 1200 × 800. Set before the test runs. */
    public Browser windowSize(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** How long {@link #waitFor} waits; default 10 s. */
    public Browser timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Console errors containing {@code fragment} do not fail the test. */
    public Browser expectConsoleError(String fragment) {
        expectedConsoleErrors.add(fragment);
        return this;
    }

    @Override
    public Statement apply(Statement base, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                start();
                Throwable testFailure = null;
                try {
                    base.evaluate();
                } catch (Throwable t) {
                    testFailure = t;
                    throw t;
                } finally {
                    quit(testFailure);
                }
                List<String> unexpected = unexpectedConsoleErrors();
                if (!unexpected.isEmpty()) {
                    throw new AssertionError("Errors in the browser console during " + description.getDisplayName()
                            + " (announce expected ones with Browser.expectConsoleError):\n  "
                            + String.join("\n  ", unexpected));
                }
            }
        };
    }

    private void start() throws IOException {
        File chromium = requireExecutable(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM), "Chromium",
                "chromium", CHROMIUM_PROPERTY);
        File chromedriver = requireExecutable(System.getProperty(CHROMEDRIVER_PROPERTY, DEFAULT_CHROMEDRIVER),
                "chromedriver", "chromium-driver", CHROMEDRIVER_PROPERTY);
        consoleErrors.clear();
        userDataDir = Files.createTempDirectory("cx-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--lang=en-US", "--user-data-dir=" + userDataDir,
                "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogFile(userDataDir.resolve("chromedriver.log").toFile())
                .build();
        CDP_LOGGERS.forEach(logger -> logger.fine("starting Chromium"));
        driver = new ChromeDriver(service, options);
        fitViewport();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(timeout);
    }

    /** --window-size is the outer size; grow the window so that the page (and screenshots) get width × height. */
    private void fitViewport() {
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        int extraWidth = width - inner.get(0).intValue();
        int extraHeight = height - inner.get(1).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            Dimension outer = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(outer.getWidth() + extraWidth,
                    outer.getHeight() + extraHeight));
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static File requireExecutable(String path, String what, String debianPackage, String property) {
        File file = new File(path);
        if (!file.canExecute()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("CI");
            throw new AssertionError(what + " not found at " + path + ": the browser tests need Debian's chromium and "
                    + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)"
                    + (ci ? ". This is CI (CI=true): the browser tests must run here, so the build fails."
                    : ", or point -D" + property + " at another " + what + ".")
                    + " [" + debianPackage + "]");
        }
        return file;
    }

    private void quit(Throwable failure) {
        try {
            if (driver != null) {
                try {
                    drainConsoleErrors();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        throw e;
                    }
                    // the browser may be gone; the test's own failure matters
                }
                if (failure != null && !consoleErrors.isEmpty()) {
                    failure.addSuppressed(new AssertionError("Browser console errors:\n  "
                            + String.join("\n  ", consoleErrors)));
                }
                driver.quit();
            }
        } finally {
            driver = null;
            deleteQuietly(userDataDir);
        }
    }

    /** The Selenium driver, for what the helpers do not cover. */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser runs only inside a test (use Browser as a @Rule)");
        }
        return driver;
    }

    /** Loads the URL and waits for the page to load. */
    public Browser open(URI url) {
        return open(url.toString());
    }

    public Browser open(String url) {
        drainConsoleErrors();
        driver().get(url);
        return this;
    }

    /** Waits until an element matching the CSS selector is visible, and returns it. */
    public WebElement waitFor(String css) {
        try {
            return new WebDriverWait(driver(), timeout)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("No visible element '" + css + "' after " + timeout.toSeconds() + " s on "
                    + driver().getCurrentUrl() + " (title '" + driver().getTitle() + "')", e);
        }
    }

    /** Whether the page has an element matching the CSS selector now (visible or not). */
    public boolean exists(String css) {
        return !driver().findElements(By.cssSelector(css)).isEmpty();
    }

    /** The text content of the first element matching the selector, as in the DOM (CSS text-transform not applied). */
    public String textContent(String css) {
        return waitFor(css).getDomProperty("textContent");
    }

    /** An attribute of the first element matching the selector, as written in the HTML (null if absent). */
    public String attribute(String css, String name) {
        return waitFor(css).getDomAttribute(name);
    }

    /** The visible text of the first element matching the selector, waiting for it. */
    public String text(String css) {
        return waitFor(css).getText();
    }

    public Browser click(String css) {
        waitFor(css).click();
        return this;
    }

    /** Types into the input matching the selector (after clearing it). */
    public Browser type(String css, CharSequence text) {
        WebElement input = waitFor(css);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Runs JavaScript in the page ({@code return ...} to get a value back). */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(javascript, args);
    }

    /** The computed CSS property of the first element matching the selector. */
    public String computedStyle(String css, String property) {
        return waitFor(css).getCssValue(property);
    }

    /**
     * Saves a PNG of the visible page (the window size). The file is rewritten only when the image differs, so
     * committed screenshots do not change without reason.
     */
    public Path screenshot(Path file) {
        byte[] png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), png)) {
                Files.write(file, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + file, e);
        }
        return file;
    }

    /** A path relative to the project's base directory ({@code -Dcx.basedir}, set by surefire; else the working dir). */
    public static Path projectFile(String relative) {
        return Paths.get(System.getProperty("cx.basedir", "")).toAbsolutePath().resolve(relative);
    }

    /** Console errors so far in this test (including those not expected). */
    public List<String> consoleErrors() {
        drainConsoleErrors();
        return List.copyOf(consoleErrors);
    }

    private List<String> unexpectedConsoleErrors() {
        drainConsoleErrors();
        return consoleErrors.stream()
                .filter(error -> expectedConsoleErrors.stream().noneMatch(error::contains))
                .collect(Collectors.toList());
    }

    private List<String> drainConsoleErrors() {
        if (driver == null) {
            return consoleErrors;
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return consoleErrors;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
