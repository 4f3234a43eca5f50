package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.Set;
import org.explainer.model.Markdown;
import org.explainer.problem.Pos;
import org.explainer.render.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/** Which texts' HTML, made against one set of addresses, still holds for another. */
class BuildCacheTest {

    static final Set<String> SITE = Set.of("timeline/", "milestones/a/", "actors/b/", "feed.xml");
    static final Markdown PLAIN = new Markdown("No links.", Pos.file("milestones/c.md"));
    static final Markdown LINKING = new Markdown("See [a](/milestones/a).", Pos.file("milestones/d.md"));
    static final Map<Markdown, String> HTML = Map.of(PLAIN, "<p>No links.</p>\n",
            LINKING, "<p>See <a href=\"" + MarkdownRenderer.ROOT + "milestones/a.html\">a</a>.</p>\n");

    @Test
    void everyTextIsKeptWhenPagesAreOnlyAdded() {
        assertSame(HTML, BuildCache.stillResolved(HTML, SITE, Set.of("timeline/", "milestones/a/", "actors/b/", "feed.xml")));
        assertEquals(HTML, BuildCache.stillResolved(HTML, SITE, Set.of("timeline/", "milestones/a/", "milestones/c/",
                "actors/b/", "feed.xml", "assets/map.png")));
    }

    @Test
    void aTextLinkingToARemovedPageIsMadeAgainSoItsLinkCheckFails() {
        assertEquals(Map.of(PLAIN, HTML.get(PLAIN)),
                BuildCache.stillResolved(HTML, SITE, Set.of("timeline/", "actors/b/", "feed.xml")));
    }

    @Test
    void everyTextIsMadeAgainWhenAnAddedFileWouldCatchALinkThatWentToAPage() {
        // "/milestones/a" went to the page milestones/a/; with a file at milestones/a it would link there.
        assertEquals(Map.of(), BuildCache.stillResolved(HTML, SITE, Set.of("timeline/", "milestones/a/", "milestones/a",
                "actors/b/", "feed.xml")));
    }
}
