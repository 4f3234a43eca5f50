package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The skip rule of the browser tests, checked without a browser (it runs in `mvn test`). */
class BrowserSkipRuleTest {

    @Test
    void namesEachMissingProgram() {
        assertEquals(List.of("no Chromium at /nonexistent/chromium", "no chromedriver at /nonexistent/chromedriver"),
                Browser.missing(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver")));
    }

    @Test
    void skipsWithANoticeWhenTheBrowserIsMissingAndNotRequired() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Browser.decide(List.of("no Chromium at /x"), false, "SomeIT"));
        assertEquals("NOTICE: browser tests in SomeIT SKIPPED: no Chromium at /x (install the Debian"
                + " packages chromium and chromium-driver, or run with -Dbrowser.required=true to make this an error).",
                e.getMessage());
    }

    @Test
    void failsWhenTheBrowserIsMissingAndRequired() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Browser.decide(List.of("no chromedriver at /y"), true, "SomeIT"));
        assertEquals("Browser tests are required (-Dbrowser.required=true) but there is no chromedriver at /y:"
                + " install the Debian packages chromium and chromium-driver.", e.getMessage());
    }

    @Test
    void runsWhenNothingIsMissing() {
        assertDoesNotThrow(() -> Browser.decide(List.of(), true, "SomeIT"));
    }
}
