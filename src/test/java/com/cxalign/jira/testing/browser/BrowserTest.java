package com.cxalign.jira.testing.browser;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The {@link Browser} rule itself: its helpers work in real headless Chromium, it fails a test on console errors
 * unless they are expected, and it fails (never skips) when Chromium is missing.
 */
public class BrowserTest {

    private static final String PAGE = "data:text/html,<title>t</title><p id=greeting>Hello</p>"
            + "<input id=name><button id=go onclick=\"document.getElementById('greeting').textContent="
            + "'Hello, '%2Bdocument.getElementById('name').value\">Go</button>";

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void helpersDriveARealPageAndScreenshotsHaveTheViewportSize() throws Throwable {
        Browser browser = new Browser().windowSize(640, 480);
        Path png = temp.getRoot().toPath().resolve("shots/page.png");

        run(browser, () -> {
            browser.open(PAGE);
            assertEquals("Hello", browser.text("#greeting"));
            browser.type("#name", "Ada").click("#go");
            assertEquals("Hello, Ada", browser.text("#greeting"));
            assertEquals(480L, browser.script("return window.innerHeight"));
            browser.screenshot(png);
        });

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
    }

    @Test
    public void aConsoleErrorFailsTheTestNamingIt() {
        Browser browser = new Browser();

        AssertionError failure = assertThrows(AssertionError.class, () -> run(browser, () ->
                browser.open("data:text/html,<script>console.error('cx-boom')</script><p id=p>x</p>")));

        assertThat(failure.getMessage(), containsString("Errors in the browser console"));
        assertThat(failure.getMessage(), containsString("cx-boom"));
    }

    @Test
    public void anUncaughtExceptionFailsTheTest() {
        Browser browser = new Browser();

        AssertionError failure = assertThrows(AssertionError.class, () -> run(browser, () ->
                browser.open("data:text/html,<script>null.boom()</script>")));

        assertThat(failure.getMessage(), containsString("Uncaught TypeError"));
    }

    @Test
    public void anExpectedConsoleErrorDoesNot() throws Throwable {
        Browser browser = new Browser().expectConsoleError("cx-expected");

        run(browser, () -> browser.open("data:text/html,<script>console.error('cx-expected')</script>"));
    }

    @Test
    public void aMissingChromiumFailsWithHowToInstallIt() {
        String previous = System.getProperty(Browser.CHROMIUM_PROPERTY);
        System.setProperty(Browser.CHROMIUM_PROPERTY, "/nonexistent/chromium");
        try {
            AssertionError failure = assertThrows(AssertionError.class, () -> run(new Browser(), () -> {
            }));
            assertThat(failure.getMessage(), containsString("Chromium not found at /nonexistent/chromium"));
            assertThat(failure.getMessage(), containsString("apt-get install -y chromium chromium-driver"));
        } finally {
            restore(Browser.CHROMIUM_PROPERTY, previous);
        }
    }

    @Test
    public void onCiAMissingChromedriverSaysTheBuildMustFail() {
        String previousDriver = System.getProperty(Browser.CHROMEDRIVER_PROPERTY);
        String previousCi = System.getProperty("CI");
        System.setProperty(Browser.CHROMEDRIVER_PROPERTY, "/nonexistent/chromedriver");
        System.setProperty("CI", "true");
        try {
            AssertionError failure = assertThrows(AssertionError.class, () -> run(new Browser(), () -> {
            }));
            assertThat(failure.getMessage(), containsString("chromedriver not found at /nonexistent/chromedriver"));
            assertThat(failure.getMessage(), containsString("This is CI (CI=true)"));
            assertThat(failure.getMessage(), not(containsString("skip")));
        } finally {
            restore(Browser.CHROMEDRIVER_PROPERTY, previousDriver);
            restore("CI", previousCi);
        }
    }

    @Test
    public void anUnchangedScreenshotLeavesTheFileAlone() throws Throwable {
        Browser browser = new Browser().windowSize(320, 200);
        Path png = temp.getRoot().toPath().resolve("same.png");

        run(browser, () -> {
            browser.open("data:text/html,<p>same</p>");
            browser.screenshot(png);
            byte[] first = Files.readAllBytes(png);
            Files.setLastModifiedTime(png, java.nio.file.attribute.FileTime.fromMillis(0));
            browser.screenshot(png);
            assertArrayEquals(first, Files.readAllBytes(png));
            assertEquals(0, Files.getLastModifiedTime(png).toMillis());
        });
    }

    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} as a test wrapped in the rule, as JUnit would. */
    private static void run(Browser browser, Body body) throws Throwable {
        browser.apply(new Statement() {
            @Override
            public void evaluate() throws Throwable {
                body.run();
            }
        }, Description.createTestDescription(BrowserTest.class, "inner")).evaluate();
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
