package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void timelinePagesOfferAtMostFiftyActorFilters() throws IOException {
        build(60, 150);
        Document timeline = Jsoup.parse(tmp.resolve("out-60/timeline/index.html").toFile(), "UTF-8");
        long actorFilters = timeline.select("a[href$=#milestones]").size();
        assertEquals(SiteRenderer.ACTOR_FACETS, actorFilters);
    }
}
