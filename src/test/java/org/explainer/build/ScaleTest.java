package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.explainer.render.SiteRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Growth, counted rather than timed (speed is measured by scripts/bench.sh): a dispute four times
 * bigger makes four times the pages and bytes, and the lists repeated on every page stay bounded.
 */
class ScaleTest {

    @TempDir
    Path tmp;

    private record Output(long pages, long bytes) {
    }

    private Output build(int milestones, int actors) throws IOException {
        Path content = tmp.resolve("content-" + milestones);
        SyntheticDispute.write(content, milestones, actors);
        Path out = tmp.resolve("out-" + milestones);
        Builder.build(BuildOptions.of(content, Path.of("templates"), out));
        try (Stream<Path> files = Files.walk(out)) {
            long[] pagesAndBytes = new long[2];
            files.filter(Files::isRegularFile).forEach(f -> {
                if (f.toString().endsWith(".html")) pagesAndBytes[0]++;
                pagesAndBytes[1] += f.toFile().length();
            });
            return new Output(pagesAndBytes[0], pagesAndBytes[1]);
        }
    }

    @Test
    void fourTimesTheDisputeMakesFourTimesThePagesAndBytes() throws IOException {
        Output small = build(100, 50);
        Output big = build(400, 200);
        double pages = (double) big.pages() / small.pages();
        double bytes = (double) big.bytes() / small.bytes();
        assertTrue(pages > 3.5 && pages < 4.5, "pages grew " + pages + " times: " + small + " -> " + big);
        assertTrue(bytes > 3.4 && bytes < 4.6, "bytes grew " + bytes + " times: " + small + " -> " + big);
    }

    @Test
    void aLongPagedListLinksAWindowOfItsPagesFromWhichEveryPageCanBeReached() throws IOException {
        build(1_100, 100); // 2,200 quotes: eleven pages of 200
        Path quotes = tmp.resolve("out-1100/quotes");
        Document sixth = Jsoup.parse(quotes.resolve("page/6/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Previous page", "1", "…", "4", "5", "6", "7", "8", "…", "10", "11", "Next page"),
                sixth.select("nav.pager > *").eachText().stream().map(t -> t.replace("Page ", "")).toList());
        assertEquals("6", sixth.select("nav.pager [aria-current=page]").text());
        // Following the pagers' links from the first page reaches all eleven, each page's link being
        // to a page that exists.
        Set<Path> reached = new HashSet<>(List.of(quotes.resolve("index.html")));
        ArrayDeque<Path> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            Path page = queue.poll();
            for (String href : Jsoup.parse(page.toFile(), "UTF-8").select("nav.pager a").eachAttr("href")) {
                Path target = page.getParent().resolve(href).normalize();
                assertTrue(Files.isRegularFile(target), page + " links " + href);
                if (reached.add(target)) queue.add(target);
            }
        }
        assertEquals(11, reached.size(), reached.toString());
    }

    @Test
    void anActorsAndAnIssuesPagesListFiftyAndLinkPagedListsOfEverything() throws IOException {
        // Five actors in 600 events and 1,200 quotes: each takes part in 240 events and speaks
        // some 240 quotes, and every quote bears on one issue.
        Path content = tmp.resolve("content-skewed");
        SyntheticDispute.write(content, 600, 5);
        Path quotesFile = content.resolve("quotes/quotes.yaml");
        Files.writeString(quotesFile, Files.readString(quotesFile).replace("  milestone: m", "  issues: [pay]\n  milestone: m"));
        Files.createDirectories(content.resolve("issues"));
        Files.writeString(content.resolve("issues/pay.md"), "---\ntitle: \"Pay\"\nsummary: \"Who earns what.\"\n"
                + "positions:\n  a: \"More.\"\n  b: \"Less.\"\nsources: [s00000]\n---\n");
        Path out = tmp.resolve("out-skewed");
        Builder.build(BuildOptions.of(content, Path.of("templates"), out));
        int listed = SiteRenderer.LISTED_ON_ITEM_PAGE;

        Document actor = Jsoup.parse(out.resolve("actors/a00000.html").toFile(), "UTF-8");
        Set<String> saidByActor = quoteIdsOf(content, "  actor: a00000\n");
        assertEquals(listed, actor.select("#quotes figure.quote").size());
        assertEquals("In their words (" + saidByActor.size() + ")", actor.select("#quotes-h").text());
        assertEquals(listed, actor.select("#milestones ul.events > li").size());
        assertEquals("Events they took part in (240)", actor.select("#milestones-h").text());
        assertEquals(saidByActor, collect(actor, "#quotes a[href$=quotes/actor/a00000/index.html]",
                "figure.quote a[href*=/quotes/q]", "quotes/"));
        Set<String> events = collect(actor, "#milestones a[href$=timeline/actor/a00000/index.html]",
                "li.milestone > h3 > a", "milestones/");
        assertEquals(240, events.size());
        assertEquals("The events in Bench dispute involving Actor 0, in order, with who took part and the sources.",
                Jsoup.parse(out.resolve("timeline/actor/a00000/index.html").toFile(), "UTF-8")
                        .select("meta[name=description]").attr("content"));
        assertTrue(events.contains("m000000") && events.contains("m000001") && !events.contains("m000002"), events.toString());

        Document issue = Jsoup.parse(out.resolve("issues/pay.html").toFile(), "UTF-8");
        assertEquals(listed, issue.select("figure.quote").size());
        assertEquals(quoteIdsOf(content, ""), collect(issue, "a[href$=quotes/issue/pay/index.html]",
                "figure.quote a[href*=/quotes/q]", "quotes/"));
        assertEquals(1200, quoteIdsOf(content, "").size());

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("/timeline/actor/a00000/page/2/<") && sitemap.contains("/quotes/issue/pay/page/6/<"));

        // A dispute whose actors have fewer than fifty of each lists them all, with no lists of their own.
        build(100, 50);
        Document few = Jsoup.parse(tmp.resolve("out-100/actors/a00000.html").toFile(), "UTF-8");
        assertEquals(Integer.parseInt(few.select("#milestones-h .small").text().replaceAll("\\D", "")),
                few.select("#milestones ul.events > li").size());
        assertTrue(few.select("a[href*=/actor/]").isEmpty(), few.select("a[href*=/actor/]").toString());
        assertTrue(Files.notExists(tmp.resolve("out-100/timeline/actor")) && Files.notExists(tmp.resolve("out-100/quotes/actor")));
    }

    /** The ids of the quotes in the synthetic dispute's file whose entry contains {@code line}. */
    private static Set<String> quoteIdsOf(Path content, String line) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String entry : Files.readString(content.resolve("quotes/quotes.yaml")).split("- id: ")) {
            if (!entry.isEmpty() && entry.contains(line)) ids.add(entry.substring(0, entry.indexOf('\n')));
        }
        return ids;
    }

    /**
     * Follows the links {@code from} finds on {@code page} (before and after its list) to a paged
     * list, then the list's pagers to every page of it, and returns the ids in the hrefs
     * {@code items} finds there (the file names after {@code section}): all that the list shows.
     */
    private static Set<String> collect(Document page, String from, String items, String section) throws IOException {
        assertFalse(page.select(from).isEmpty(), from);
        Path first = Path.of(page.location()).getParent().resolve(page.select(from).attr("href")).normalize();
        Set<Path> reached = new HashSet<>(List.of(first));
        ArrayDeque<Path> queue = new ArrayDeque<>(reached);
        Set<String> ids = new HashSet<>();
        while (!queue.isEmpty()) {
            Document list = Jsoup.parse(queue.poll().toFile(), "UTF-8");
            for (String href : list.select(items).eachAttr("href")) {
                String file = href.substring(href.lastIndexOf(section) + section.length());
                ids.add(file.substring(0, file.indexOf(".html")));
            }
            for (String href : list.select("nav.pager a").eachAttr("href")) {
                Path target = Path.of(list.location()).getParent().resolve(href).normalize();
                if (reached.add(target)) queue.add(target);
            }
        }
        return ids;
    }

    @Test
    void theEmbeddedTimelineShowsTheLatestTwoHundredEventsOfALongerOne() throws IOException {
        build(300, 30);
        Path out = tmp.resolve("out-300");
        List<String> timeline = new ArrayList<>();
        for (String page : List.of("timeline/index.html", "timeline/page/2/index.html")) {
            timeline.addAll(Jsoup.parse(out.resolve(page).toFile(), "UTF-8").select("li.milestone > h3 > a").eachText());
        }
        assertEquals(300, timeline.size());
        Document embed = Jsoup.parse(out.resolve("embed/timeline/index.html").toFile(), "UTF-8");
        assertEquals(200, SiteRenderer.EMBED_EVENTS, "the figures here assume 200");
        assertEquals(timeline.subList(100, 300), embed.select("a.embed-event-title").eachText());
        assertEquals("The latest 200 of 300 events. Open the full timeline", embed.select(".embed-count").text());
    }

    @Test
    void timelinePagesOfferAtMostFiftyActorFilters() throws IOException {
        build(60, 150);
        Document timeline = Jsoup.parse(tmp.resolve("out-60/timeline/index.html").toFile(), "UTF-8");
        long actorFilters = timeline.select("a[href$=#milestones]").size();
        assertEquals(SiteRenderer.ACTOR_FACETS, actorFilters);
    }
}
