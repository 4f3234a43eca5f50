package org.explainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void linksNameTheFileSoTheSiteWorksFromDisk() {
        assertEquals("../actors/hunt.html", Routes.href("../", Routes.actor("hunt")));
        assertEquals("index.html", Routes.href("", Routes.home()));
        assertEquals("../timeline/index.html", Routes.href("../", Routes.timeline()));
        assertEquals("../sources/index.html#source-bbc", Routes.href("../", Routes.source("bbc")));
        assertEquals("actors/hunt.html#quotes", Routes.href("", Routes.actor("hunt") + "#quotes"));
        assertEquals("feed.xml", Routes.href("", "feed.xml"));
    }

    @Test
    void findsThePathBackToTheRootFromAnyPage() {
        assertEquals("", Routes.rootFrom(""));
        assertEquals("../", Routes.rootFrom("timeline/"));
        assertEquals("../", Routes.rootFrom("milestones/x/"));
        assertEquals("../", Routes.rootFrom("quotes/x/#said"));
        assertEquals("../../", Routes.rootFrom("timeline/2016/"));
        assertEquals("../../../../../", Routes.rootFrom("timeline/side/union/page/2/"));
        assertEquals("../", Routes.rootFrom("about/"));
        assertEquals("", Routes.rootFrom("404.html"));
        assertEquals("../", Routes.rootFrom("data/explainer.json"));
    }

    @Test
    void writesAnItemsPageAsOneFileAndEveryOtherPageAsAFoldersIndex() {
        assertEquals("index.html", Routes.file(""));
        assertEquals("milestones/x.html", Routes.file("milestones/x/"));
        assertEquals("actors/x.html", Routes.file("actors/x/"));
        assertEquals("quotes/x.html", Routes.file("quotes/x/"));
        assertEquals("issues/x.html", Routes.file("issues/x/"));
        assertEquals("actors/index.html", Routes.file("actors/"));
        assertEquals("quotes/page/2/index.html", Routes.file("quotes/page/2/"));
        assertEquals("timeline/side/union/index.html", Routes.file("timeline/side/union/"));
        assertEquals("sources/x.html", Routes.file("sources/x/"));
        assertEquals("sources/x.html", Routes.file(Routes.sourcePage("x")));
        assertEquals("sources/index.html", Routes.file(Routes.sources()));
        assertEquals("about/index.html", Routes.file("about/"));
        assertEquals("feed.xml", Routes.file("feed.xml"));
    }

    /** Only a whole first segment names a section: one that starts or ends like a section's name does not. */
    @Test
    void takesOnlyAWholeSectionNameForASectionOfItems() {
        for (String section : Routes.ITEM_SECTIONS) {
            assertEquals(section + "/x.html", Routes.file(section + "/x/"));
            String shorter = section.substring(0, section.length() - 1);
            for (String other : List.of(shorter, section + "s", "x" + section, section.toUpperCase(java.util.Locale.ROOT))) {
                assertEquals(other + "/x/index.html", Routes.file(other + "/x/"), other);
                assertNull(Routes.itemRouteOf(other + "/x.html"), other);
                assertFalse(Routes.isItemFile(other + "/x.html"), other);
            }
        }
    }

    @Test
    void publishesFoldersAtTheirPathAndItemPagesAtTheirFile() {
        assertEquals("timeline/", Routes.url("timeline/"));
        assertEquals("", Routes.url(""));
        assertEquals("milestones/x.html", Routes.url("milestones/x/"));
        assertEquals("feed.xml", Routes.url("feed.xml"));
    }

    @Test
    void findsTheRouteBackFromEveryFileItWrites() {
        for (String route : List.of("", "timeline/", "milestones/x/", "actors/a-b/", "quotes/page/2/", "about/",
                "issues/", "issues/i/", "timeline/kind/strike/", "sources/", "sources/s/")) {
            assertEquals(route, Routes.routeOf(Routes.file(route)), route);
        }
        assertEquals("feed.xml", Routes.routeOf("feed.xml"));
        assertEquals("static/x.html", Routes.routeOf("static/x.html"));
        assertTrue(Routes.isItemFile("actors/x.html"));
        assertFalse(Routes.isItemFile("actors/index.html"));
        assertFalse(Routes.isItemFile("404.html"));
        assertFalse(Routes.isItemFile("timeline/x.html"));
    }

    @Test
    void findsTheItemAnHrefPointsInto() {
        assertEquals("actors/x/", Routes.itemRouteOf("actors/x.html#quotes"));
        assertEquals("actors/x/", Routes.itemRouteOf("actors/x/"));
        assertEquals("milestones/2016-vote/", Routes.itemRouteOf("milestones/2016-vote.html"));
        assertNull(Routes.itemRouteOf("timeline/index.html"));
        assertNull(Routes.itemRouteOf("actors/"));
        assertEquals("sources/bbc/", Routes.itemRouteOf("sources/bbc.html#quotes"));
        assertNull(Routes.itemRouteOf("sources/index.html#source-bbc"), "the sources list is not an item");
        assertNull(Routes.itemRouteOf("actors/index.html"));
        assertEquals("actors/index-of-names/", Routes.itemRouteOf("actors/index-of-names.html"));
        assertNull(Routes.itemRouteOf("https://example.org/actors/x.html"));
        assertEquals("quotes/x/", Routes.itemRouteOf("quotes/x/#said"));
        assertNull(Routes.itemRouteOf("quotes/page/2/index.html"), "a page of the quotes list, not the quote 'page'");
        assertNull(Routes.itemRouteOf(Routes.actorQuotes("x")), "an actor's quotes list, not the quote 'actor'");
        assertNull(Routes.itemRouteOf(Routes.file(Routes.issueQuotes("x"))));
    }

    @Test
    void pagesAnActorsAndAnIssuesLongListsBesideTheFullLists() {
        assertEquals("timeline/actor/bma/index.html", Routes.file(Routes.actorTimeline("bma")));
        assertEquals("quotes/actor/bma/index.html", Routes.file(Routes.actorQuotes("bma")));
        assertEquals("quotes/issue/pay/index.html", Routes.file(Routes.issueQuotes("pay")));
        assertEquals("../../../", Routes.rootFrom(Routes.actorQuotes("bma")));
    }
}
