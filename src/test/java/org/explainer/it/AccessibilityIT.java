package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in Chromium finds no WCAG 2.0/2.1/2.2 A or AA violation on any page type, in the light
 * and the dark colour scheme, nor on a page of a paged list or a busy actor's page ({@link PagedSite}); and each of
 * them is photographed at phone and desktop sizes into {@code target/screenshots/} for a designer
 * to review.
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final int[][] SIZES = {{375, 812}, {1280, 800}};

    static ChromeDriver driver;
    static ItSite site;
    static Map<String, String> pages;

    static boolean available;

    @BeforeAll
    static void startBrowser() {
        available = Browser.available("AccessibilityIT");
        if (!available) return;
        site = ItSite.get();
        pages = PageTypes.of(site);
        driver = Browser.start(true);
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assume(available);
    }

    @AfterAll
    static void quit() {
        if (driver != null) driver.quit();
    }

    @Test
    void everyPageTypeHasNoAxeViolationsInTheLightScheme() {
        assertNoViolations("light");
    }

    @Test
    void everyPageTypeHasNoAxeViolationsInTheDarkScheme() {
        assertNoViolations("dark");
    }

    @Test
    void savesScreenshotsOfEveryPageTypeAtPhoneAndDesktopSizes() throws IOException {
        Browser.colorScheme(driver, "light");
        List<String> overflowing = new ArrayList<>();
        try {
            for (int[] size : SIZES) {
                Browser.viewport(driver, size[0], size[1]);
                for (Map.Entry<String, String> page : urls().entrySet()) {
                    driver.get(page.getValue());
                    Path shot = Browser.screenshot(driver, page.getKey() + "-" + size[0] + "x" + size[1]);
                    byte[] png = Files.readAllBytes(shot);
                    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', shot + " is not a PNG");
                    long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                    if (width > size[0]) overflowing.add(page.getKey() + " is " + width + "px wide at " + size[0] + "px");
                }
            }
        } finally {
            Browser.viewport(driver, 0, 0);
        }
        System.out.println("Screenshots: " + urls().size() * SIZES.length + " in target/screenshots/");
        assertEquals(List.of(), overflowing, "pages that scroll sideways:\n" + String.join("\n", overflowing));
    }

    @Test
    void axeReportsEachViolationWithRuleImpactTargetAndHelp() {
        driver.get("data:text/html,<!doctype html><html><head><title>t</title></head><body><main>"
                + "<img src='x.png'></main></body></html>");
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<String> found = results.getViolations().stream().map(r -> describe("bad", r)).toList();
        String imageAlt = found.stream().filter(v -> v.startsWith("bad: image-alt ")).findFirst()
                .orElseThrow(() -> new AssertionError("axe missed the image without alt: " + found));
        assertTrue(imageAlt.startsWith("bad: image-alt [critical] Images must have alternative text"
                + " <https://dequeuniversity.com/rules/axe/"), imageAlt);
        assertTrue(imageAlt.contains("\n    at [img]: Fix any of the following:"), imageAlt);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("bad: html-has-lang [serious]")), found.toString());
    }

    private void assertNoViolations(String scheme) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        Browser.colorScheme(driver, scheme);
        try {
            for (Map.Entry<String, String> page : urls().entrySet()) {
                driver.get(page.getValue());
                assertEquals(scheme.equals("dark"), driver.executeScript(
                        "return matchMedia('(prefers-color-scheme: dark)').matches"), "scheme emulation failed");
                Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
                assertTrue(!results.isErrored(), "axe failed on " + page.getValue() + ": " + results.getErrorMessage());
                checked++;
                for (Rule rule : results.getViolations()) {
                    problems.add(describe(page.getKey() + " (" + page.getValue() + ", " + scheme + ")", rule));
                }
            }
        } finally {
            Browser.colorScheme(driver, "light");
        }
        System.out.println("axe-core, " + scheme + " scheme: " + checked + " page types, " + problems.size() + " violations");
        assertEquals(List.of(), problems, problems.size() + " axe violations:\n" + String.join("\n", problems));
    }

    /**
     * Page type -> absolute URL: each page type of the real site, then a page of the paged quotes
     * list and the page of an actor with more quotes and events than it lists. The paged timeline has the same pager and entries, and axe takes some 12 s on one of
     * its 200-event pages, so only the Nu checker reads that one ({@link ValidityIT}).
     */
    private static Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        pages.forEach((type, route) -> urls.put(type, site.url(route)));
        urls.put(PagedSite.QUOTES_PAGE, PagedSite.get().url(PagedSite.pages().get(PagedSite.QUOTES_PAGE)));
        urls.put(PagedSite.BUSY_ACTOR, PagedSite.get().url(PagedSite.pages().get(PagedSite.BUSY_ACTOR)));
        return urls;
    }

    /** One violation as a designer can act on it: rule, impact, where, why and the rule's help page. */
    static String describe(String page, Rule rule) {
        StringBuilder out = new StringBuilder(page + ": " + rule.getId() + " [" + rule.getImpact() + "] "
                + rule.getHelp() + " <" + rule.getHelpUrl() + ">");
        for (CheckedNode node : rule.getNodes()) {
            String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
            out.append("\n    at ").append(node.getTarget()).append(": ").append(summary);
        }
        return out.toString();
    }
}
