package org.explainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void linksToFoldersNameTheirIndexSoTheSiteWorksFromDisk() {
        assertEquals("../../actors/hunt/index.html", Routes.href("../../", Routes.actor("hunt")));
        assertEquals("index.html", Routes.href("", Routes.home()));
        assertEquals("../sources/index.html#source-bbc", Routes.href("../", Routes.source("bbc")));
        assertEquals("feed.xml", Routes.href("", "feed.xml"));
    }

    @Test
    void findsThePathBackToTheRootFromAnyPage() {
        assertEquals("", Routes.rootFrom(""));
        assertEquals("../", Routes.rootFrom("timeline/"));
        assertEquals("../../", Routes.rootFrom("milestones/x/"));
        assertEquals("../../../../", Routes.rootFrom("timeline/side/union/page/2/").substring(3));
        assertEquals("", Routes.rootFrom("404.html"));
        assertEquals("../", Routes.rootFrom("data/explainer.json"));
    }

    @Test
    void writesEachRouteToItsIndexFile() {
        assertEquals("index.html", Routes.file(""));
        assertEquals("milestones/x/index.html", Routes.file("milestones/x/"));
        assertEquals("feed.xml", Routes.file("feed.xml"));
    }
}
