package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.model.Side;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader does, in Chromium, against the site served under {@code /dispute-explainer/}: from
 * home to the timeline, filtering it with and without JavaScript, permalinks, citations, actors and
 * quotes. Search, the keyboard, the 404 page and {@code file://} are in {@link MoreJourneysIT}.
 */
class JourneysIT {

    static ChromeDriver js;
    static ChromeDriver noJs;
    static ItSite site;
    static Graph graph;

    static boolean available;

    @BeforeAll
    static void startBrowsers() {
        available = Browser.available("JourneysIT");
        if (!available) return;
        site = ItSite.get();
        graph = site.graph();
        js = Browser.start(true);
        noJs = Browser.start(false);
        // Prove the second browser really runs no page script, or the no-JS journeys prove nothing.
        noJs.get("data:text/html,<title>off</title><script>document.title='on'</script>");
        assertEquals("off", noJs.getTitle(), "JavaScript is still on in the no-JS browser");
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assume(available);
    }

    @AfterAll
    static void quit() {
        if (js != null) js.quit();
        if (noJs != null) noJs.quit();
    }

    @Test
    void homeLeadsToTheTimeline() {
        js.get(site.url());
        assertEquals(graph.site().title(), Pages.h1(js));
        Pages.follow(js, Pages.first(js, "link to the timeline", "header nav a[href$='timeline/index.html']",
                "a[href$='timeline/index.html']"));
        assertEquals(site.url("timeline/index.html"), js.getCurrentUrl());
        assertTrue(Pages.h1(js).contains("Timeline"), "timeline h1 was " + Pages.h1(js));
        Milestone first = graph.timeline().get(0);
        assertFalse(js.findElements(By.cssSelector("main a[href*='milestones/" + first.id() + ".html']")).isEmpty(),
                "the timeline does not link to its first milestone, " + first.id());
    }

    @Test
    void filtersTheTimelineByActorWithJavaScriptOff() {
        filterByActor(noJs);
    }

    /**
     * With JavaScript on, templates/static/timeline.js takes over the same actor link on the whole
     * timeline: it hides every milestone that does not involve the actor, in place (no new page),
     * says how many are shown, and keeps the choice in the address ({@code ?actor=id}) so that a
     * shared or reloaded address shows the same filtered timeline.
     */
    @Test
    void filtersTheTimelineByActorWithJavaScriptOn() {
        Actor actor = filterActor();
        Set<String> expected = graph.milestonesByActor().get(actor.id()).stream().map(Milestone::id).collect(Collectors.toSet());
        js.get(site.url("timeline/index.html"));
        WebElement page = js.findElement(By.tagName("html"));
        WebElement link = actorFilterLink(js, actor);
        Pages.scrollToCentre(js, link);
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(js, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector(".filter-status")).getText().isEmpty());
        assertFalse(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page).apply(js),
                "with JavaScript on, the actor filter left the page");
        assertEquals(site.url("timeline/index.html") + "?actor=" + actor.id(), Pages.strip(js.getCurrentUrl()),
                "the address does not keep the filter");
        assertEquals(expected, shownMilestones(js), "milestones shown after filtering by " + actor.id());
        String status = js.findElement(By.cssSelector(".filter-status")).getText();
        assertTrue(status.startsWith("Showing " + expected.size() + " of " + graph.timeline().size() + " events: "),
                "filter status says: " + status);
        assertEquals("true", link.getAttribute("aria-current"), "the chosen actor link is not marked current");

        // The address as shared: the same timeline opens already filtered.
        js.get(site.url("timeline/index.html") + "?actor=" + actor.id());
        assertEquals(expected, shownMilestones(js), "milestones shown when opening ?actor=" + actor.id());

        // "Show all events" undoes the filter and the address forgets it.
        WebElement all = js.findElement(By.cssSelector(".filter-status button"));
        Pages.scrollToCentre(js, all);
        all.click();
        assertEquals(graph.timeline().stream().map(Milestone::id).collect(Collectors.toSet()), shownMilestones(js),
                "after Show all events");
        assertEquals(site.url("timeline/index.html"), js.getCurrentUrl(), "Show all events kept a filter in the address");
    }

    @Test
    void filtersTheTimelineBySideWithJavaScriptOff() {
        Side side = graph.site().sides().stream()
                .filter(s -> !involving(s).isEmpty() && involving(s).size() < graph.timeline().size())
                .findFirst().orElseThrow();
        noJs.get(site.url("timeline/index.html"));
        Pages.follow(noJs, Pages.first(noJs, "filter link for side " + side.id(),
                "main a[href$='timeline/side/" + side.id() + "/index.html']"));
        assertEquals(site.url("timeline/side/" + side.id() + "/index.html"), noJs.getCurrentUrl());
        Set<String> shown = milestoneLinks(noJs);
        Set<String> expected = involving(side);
        assertTrue(shown.containsAll(expected), "side " + side.id() + " page lacks " + minus(expected, shown));
        Set<String> others = minus(graph.timeline().stream().map(Milestone::id).collect(Collectors.toSet()), expected);
        assertTrue(shown.stream().noneMatch(others::contains), "side " + side.id() + " page shows milestones without it: "
                + shown.stream().filter(others::contains).sorted().toList());
    }

    @Test
    void milestonePermalinkOpensItsOwnPage() {
        Milestone m = graph.timeline().get(graph.timeline().size() / 2);
        js.get(site.url("timeline/index.html"));
        Pages.follow(js, Pages.first(js, "permalink of " + m.id(), "main a[href$='milestones/" + m.id() + ".html']"));
        assertEquals(site.url("milestones/" + m.id() + ".html"), js.getCurrentUrl());
        assertEquals(Pages.plain(m.title()), Pages.h1(js));
        // The permalink as shared is the page's own file, the one its canonical link names.
        String canonical = js.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        assertTrue(canonical.endsWith("/milestones/" + m.id() + ".html"), canonical);
    }

    @Test
    void numberedCitationLeadsToItsSourceEntry() {
        Milestone m = graph.timeline().get(0);
        String sourceId = m.sources().get(0).id();
        js.get(site.url("milestones/" + m.id() + ".html"));
        WebElement cite = Pages.first(js, "citation of " + sourceId, "main a[href$='sources/index.html#source-" + sourceId + "']");
        assertTrue(cite.getText().contains("[" + graph.number(sourceId) + "]"), "citation text: " + cite.getText());
        Pages.follow(js, cite);
        assertEquals(site.url("sources/index.html#source-" + sourceId), js.getCurrentUrl());
        WebElement entry = js.findElement(By.id("source-" + sourceId));
        assertTrue(entry.isDisplayed(), "source entry is hidden");
        // The style sheet asks for smooth scrolling, so give the scroll time to arrive.
        assertTrue(waitFor(() -> Pages.inViewport(js, entry)), "the browser did not scroll to the source entry");
        assertTrue(Pages.plain(entry.getText()).contains(Pages.plain(graph.source(sourceId).title())),
                "source entry does not name its title: " + entry.getText());
    }

    @Test
    void opensAnActorAndOneOfTheirQuotes() {
        Actor actor = graph.actors().stream().filter(a -> !graph.quotesByActor().getOrDefault(a.id(), List.of()).isEmpty())
                .findFirst().orElseThrow();
        Quote quote = graph.quotesByActor().get(actor.id()).get(0);
        js.get(site.url("actors/index.html"));
        Pages.follow(js, Pages.first(js, "link to " + actor.id(), "main a[href$='actors/" + actor.id() + ".html']"));
        assertEquals(Pages.plain(actor.name()), Pages.h1(js));
        Pages.follow(js, Pages.first(js, "link to quote " + quote.id(), "main a[href$='quotes/" + quote.id() + ".html']"));
        assertEquals(site.url("quotes/" + quote.id() + ".html"), js.getCurrentUrl());
        String blockquote = Pages.plain(js.findElement(By.cssSelector("main blockquote")).getText());
        assertTrue(blockquote.contains(Pages.plain(quote.text())), "quote page shows «" + blockquote + "»");
        assertTrue(Pages.plain(js.findElement(By.tagName("main")).getText()).contains(Pages.plain(actor.name())),
                "quote page does not name its speaker");
    }

    /** JS off or on, the filter is a plain link to a page listing every milestone of the actor. */
    private static void filterByActor(ChromeDriver driver) {
        Actor actor = filterActor();
        driver.get(site.url("timeline/index.html"));
        Pages.follow(driver, actorFilterLink(driver, actor));
        String path = URI.create(driver.getCurrentUrl()).getPath();
        assertTrue(path.endsWith("/actors/" + actor.id() + ".html")
                || path.endsWith("/timeline/actor/" + actor.id() + "/index.html"), "the filter led to " + path);
        Set<String> expected = graph.milestonesByActor().get(actor.id()).stream().map(Milestone::id).collect(Collectors.toSet());
        Set<String> shown = milestoneLinks(driver);
        assertTrue(shown.containsAll(expected), actor.id() + "'s page lacks milestones " + minus(expected, shown));
    }

    /**
     * The actor's link in the timeline's filters, which sit in a collapsed "Actor" disclosure:
     * opened first by its summary, as a reader would.
     */
    private static WebElement actorFilterLink(ChromeDriver driver, Actor actor) {
        WebElement link = Pages.first(driver, "filter link for actor " + actor.id(),
                "main nav.filters a[href*='actors/" + actor.id() + ".html']");
        WebElement details = link.findElement(By.xpath("ancestor::details[1]"));
        if (details.getAttribute("open") == null) {
            WebElement summary = details.findElement(By.tagName("summary"));
            Pages.scrollToCentre(driver, summary);
            summary.click();
        }
        assertTrue(link.isDisplayed(), "opening the Actor filters did not show the link for " + actor.id());
        return link;
    }

    /** Ids of the milestones on the timeline that the reader can see. */
    private static Set<String> shownMilestones(ChromeDriver driver) {
        // checkVisibility, not isDisplayed: years off screen skip rendering (content-visibility: auto)
        // without being hidden from the reader, who reaches them by scrolling.
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript("return [...document.querySelectorAll('main .milestone')]"
                + ".filter(li => li.checkVisibility()).map(li => li.querySelector('h3 a').href)");
        return hrefs.stream().map(h -> h.replaceAll(".*/milestones/([^/.]+)\\.html.*", "$1")).collect(Collectors.toSet());
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(js, java.time.Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** The actor in most milestones short of all of them, so the filter visibly narrows. */
    private static Actor filterActor() {
        return graph.actors().stream()
                .filter(a -> {
                    int n = graph.milestonesByActor().getOrDefault(a.id(), List.of()).size();
                    return n > 0 && n < graph.timeline().size();
                })
                .max(Comparator.comparingInt((Actor a) -> graph.milestonesByActor().get(a.id()).size())
                        .thenComparing(Actor::id, Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static Set<String> involving(Side side) {
        return graph.timeline().stream()
                .filter(m -> m.actors().stream().anyMatch(r -> graph.actor(r.id()).side().id().equals(side.id())))
                .map(Milestone::id).collect(Collectors.toSet());
    }

    /** Ids of the milestones whose permalink pages the current page's main content links to. */
    static Set<String> milestoneLinks(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("main a[href*='milestones/']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/milestones/([^/.]+)\\.html.*", "$1"))
                .collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
