package com.cxalign.jira.admin;

import com.cxalign.jira.testing.browser.Browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests of the catalogue's admin pages do on top of {@link Browser}. */
final class PageActions {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private PageActions() {
    }

    /** Sets an input's value as a user would (input and change events), e.g. a date input, whatever its locale. */
    static void setValue(Browser browser, String css, String value) {
        browser.script("var input = document.querySelector(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    static void select(Browser browser, String css, String value) {
        new Select(browser.waitFor(css)).selectByValue(value);
    }

    static List<String> options(Browser browser, String css) {
        return new Select(browser.waitFor(css)).getOptions().stream().map(o -> o.getAttribute("value"))
                .collect(Collectors.toList());
    }

    /**
     * Waits for a condition on the page. The pages rebuild their lists after each save, so an element read by the
     * condition can be replaced while it is read: that means "not yet", not failure.
     */
    static void waitUntil(Browser browser, String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(browser.driver(), TIMEOUT).ignoring(StaleElementReferenceException.class).until(driver -> {
                Boolean done = condition.get();
                return done != null && done;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s in vain for " + what, e);
        }
    }

    /** Waits until the first element matching css has exactly this visible text. */
    static void waitForText(Browser browser, String css, String text) {
        waitUntil(browser, "'" + text + "' in " + css, () -> {
            List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
            return !found.isEmpty() && text.equals(found.get(0).getText().trim());
        });
    }

    /** The text of the success flag AUI shows, once there is one. */
    static String successFlag(Browser browser) {
        return browser.text(".aui-flag[aria-hidden='false'] .aui-message-success, .aui-flag .aui-message-success")
                .trim();
    }

    /** Closes every open flag, so that the next one can be told apart. */
    static void closeFlags(Browser browser) {
        browser.script("document.querySelectorAll('.aui-flag').forEach(function (f) { f.remove(); });");
    }

    static int count(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }
}
