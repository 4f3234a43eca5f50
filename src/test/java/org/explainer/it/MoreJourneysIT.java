package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search, the keyboard alone, the 404 page, and the site opened straight from disk. */
class MoreJourneysIT {

    static ChromeDriver driver;
    static ItSite site;
    static Graph graph;

    static boolean available;

    @BeforeAll
    static void startBrowser() {
        available = Browser.available("MoreJourneysIT");
        if (!available) return;
        site = ItSite.get();
        graph = site.graph();
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
    void searchesForAWordAndOpensAHit() {
        if (!Files.isRegularFile(site.dir().resolve("search/index.html"))) {
            String notice = "NOTICE: search journey SKIPPED: this build has no search page (search/index.html);"
                    + " it is built when Node.js and Pagefind are available.";
            System.out.println(notice);
            Assumptions.abort(notice);
        }
        // A word every reader of this dispute might look for: the surname of the actor with most quotes.
        Actor actor = graph.actors().stream()
                .max(java.util.Comparator.comparingInt(a -> graph.quotesByActor().getOrDefault(a.id(), List.of()).size()))
                .orElseThrow();
        String[] words = actor.name().split("\\s+");
        String word = words[words.length - 1];
        driver.get(site.url("search/index.html"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // The search page's own box (Pagefind's UI draws a text input) before any box in the header.
        WebElement box = wait.until(d -> Stream.of("main input[type=search]", "main input[type=text]",
                        "input[type=search]", "input[name=q]")
                .flatMap(css -> d.findElements(By.cssSelector(css)).stream()).filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        Set<String> before = resultLinks(driver).stream().map(a -> a.getAttribute("href")).collect(Collectors.toSet());
        box.sendKeys(word);
        WebElement hit = wait.until(d -> resultLinks(driver).stream()
                .filter(a -> !before.contains(a.getAttribute("href"))).findFirst().orElse(null));
        Pages.follow(driver, hit);
        assertFalse(driver.getCurrentUrl().contains("/search/"), "still on the search page");
        assertTrue(Pages.lower(driver.findElement(By.tagName("main")).getText()).contains(word.toLowerCase(Locale.ROOT)),
                "the hit " + driver.getCurrentUrl() + " does not mention " + word);
    }

    @Test
    void keyboardAloneReachesSkipLinkThenMainAndTheNavigation() {
        driver.get(site.url());
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("#main", skip.getAttribute("href").replaceAll(".*(#.*)$", "$1"), "first Tab stop is " + describe(skip));
        assertTrue(skip.isDisplayed() && Pages.inViewport(driver, skip), "the focused skip link is not visible");
        assertFocusVisible(skip);
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals(site.url() + "#main", driver.getCurrentUrl());
        keys.sendKeys(Keys.TAB).perform();
        WebElement afterSkip = driver.switchTo().activeElement();
        assertTrue((Boolean) driver.executeScript("return document.querySelector('main').contains(arguments[0])", afterSkip),
                "after the skip link, Tab went to " + describe(afterSkip) + " instead of into main");

        driver.get(site.url());
        List<WebElement> nav = driver.findElements(By.cssSelector("header nav a[href]"));
        assertFalse(nav.isEmpty(), "no links in the header navigation");
        List<String> wanted = new ArrayList<>(nav.stream().map(a -> a.getAttribute("href")).toList());
        WebElement timeline = null;
        for (int i = 0; i < 60 && !wanted.isEmpty(); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String href = focused.getAttribute("href");
            if (href != null && href.equals(wanted.get(0))) {
                assertFocusVisible(focused);
                if (href.endsWith("timeline/index.html")) timeline = focused;
                wanted.remove(0);
            }
        }
        assertEquals(List.of(), wanted, "navigation links Tab never reached, in order");
        assertTrue(timeline != null, "no Timeline link in the navigation");
        WebElement html = driver.findElement(By.tagName("html"));
        timeline.sendKeys(Keys.ENTER);
        Pages.waitForNavigation(driver, html, site.url());
        assertEquals(site.url("timeline/index.html"), driver.getCurrentUrl());
    }

    @Test
    void unknownPathGivesTheNotFoundPageWithWorkingLinks() throws Exception {
        String missing = site.url("no/such/page/");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(missing)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals(Files.readString(site.dir().resolve("404.html")), response.body());
        driver.get(missing);
        List<String> hrefs = driver.findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.startsWith(site.url()))
                .filter(h -> !Pages.strip(h).equals(missing)).distinct().toList();
        assertTrue(hrefs.size() > 3, "the 404 page has only " + hrefs.size() + " links into the site");
        for (String href : hrefs) {
            int status = http.send(HttpRequest.newBuilder(URI.create(Pages.strip(href))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(200, status, "the 404 page at " + missing + " links to " + href);
        }
        Pages.follow(driver, Pages.first(driver, "link home", "main a[href$='" + ItSite.BASE_PATH + "index.html']",
                "header a[href$='" + ItSite.BASE_PATH + "index.html']"));
        assertEquals(graph.site().title(), Pages.h1(driver));
    }

    @Test
    void siteOpenedFromDiskLoadsRealPages() {
        driver.get(site.dir().resolve("index.html").toUri().toString());
        assertEquals(graph.site().title(), Pages.h1(driver));
        Pages.follow(driver, Pages.first(driver, "link to the timeline", "header nav a[href$='timeline/index.html']"));
        assertTrue(driver.getCurrentUrl().startsWith("file:") && driver.getCurrentUrl().endsWith("/timeline/index.html"));
        assertTrue(Pages.h1(driver).contains("Timeline"), "from disk the timeline shows " + Pages.h1(driver));
        Milestone m = graph.timeline().get(graph.timeline().size() - 1);
        Actor actor = graph.actor(m.actors().get(0).id());
        Pages.follow(driver, Pages.first(driver, "link to " + actor.id(), "main .stream a[href$='actors/" + actor.id() + ".html']"));
        assertEquals(Pages.plain(actor.name()), Pages.h1(driver), "from disk the actor link shows something else");
        Pages.follow(driver, Pages.first(driver, "link to " + m.id(), "main a[href$='milestones/" + m.id() + ".html']"));
        assertEquals(Pages.plain(m.title()), Pages.h1(driver), "from disk the milestone link shows something else");
        assertNotEquals(0, driver.findElements(By.cssSelector("link[rel=stylesheet]")).size());
        // From file:// a sheet's rules cannot be read, and a sheet that failed to load is still there,
        // empty; so switch the sheets off and see whether the body's look changes.
        Object styled = driver.executeScript("const snap = () => { const c = getComputedStyle(document.body);"
                + " return [c.fontFamily, c.color, c.backgroundColor, c.margin, c.maxWidth, c.fontSize, c.lineHeight].join('|'); };"
                + " const styled = snap(); for (const s of document.styleSheets) s.disabled = true; const plain = snap();"
                + " for (const s of document.styleSheets) s.disabled = false; return styled !== plain;");
        assertEquals(Boolean.TRUE, styled, "from disk the stylesheet did not load");
    }

    /** Visible links in main to pages of the site other than the search page itself. */
    private static List<WebElement> resultLinks(ChromeDriver d) {
        return d.findElements(By.cssSelector("main a[href]")).stream()
                .filter(a -> a.isDisplayed() && a.getAttribute("href").startsWith(site.url())
                        && !a.getAttribute("href").contains("/search/"))
                .toList();
    }

    private void assertFocusVisible(WebElement e) {
        String outline = String.valueOf(driver.executeScript("return getComputedStyle(arguments[0]).outlineStyle", e));
        String shadow = String.valueOf(driver.executeScript("return getComputedStyle(arguments[0]).boxShadow", e));
        assertTrue(!outline.equals("none") || !shadow.equals("none"),
                describe(e) + " has no visible focus indicator (outline-style none, no box-shadow)");
    }

    private static String describe(WebElement e) {
        return "<" + e.getTagName() + " href=" + e.getAttribute("href") + ">" + e.getText();
    }
}
