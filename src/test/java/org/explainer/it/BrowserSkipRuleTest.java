package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The skip rule of the browser tests, checked without a browser (it runs in `mvn test`). */
class BrowserSkipRuleTest {

    @Test
    void namesEachMissingProgram() {
        assertEquals(List.of("no Chromium at /nonexistent/chromium", "no chromedriver at /nonexistent/chromedriver"),
                Browser.missing(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver")));
    }

    @Test
    void skipsWithANoticeWhenTheBrowserIsMissingAndNotRequired() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        boolean run;
        try {
            run = Browser.decide(List.of("no Chromium at /x"), false, "SomeIT");
        } finally {
            System.setOut(stdout);
        }
        assertFalse(run);
        assertEquals("NOTICE: browser tests in SomeIT SKIPPED: no Chromium at /x (install the Debian"
                + " packages chromium and chromium-driver, or run with -Dbrowser.required=true to make this an error).",
                out.toString(java.nio.charset.StandardCharsets.UTF_8).trim());
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
        assertTrue(Browser.decide(List.of(), true, "SomeIT"));
    }
}
