package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
    void timelinePagesOfferAtMostFiftyActorFilters() throws IOException {
        build(60, 150);
        Document timeline = Jsoup.parse(tmp.resolve("out-60/timeline/index.html").toFile(), "UTF-8");
        long actorFilters = timeline.select("a[href$=#milestones]").size();
        assertEquals(SiteRenderer.ACTOR_FACETS, actorFilters);
    }
}
