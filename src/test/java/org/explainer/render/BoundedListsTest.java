package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.explainer.render.Views.Facet;
import org.junit.jupiter.api.Test;

/** The lists every page of a kind repeats stay bounded, whatever the size of the dispute. */
class BoundedListsTest {

    private static Facet facet(int i, int count) {
        return new Facet("actor", "a" + i, "Actor " + i, count, "actors/a" + i + "/index.html");
    }

    @Test
    void keepsTheMostActiveActorFacetsInTheirOriginalOrder() {
        List<Facet> all = List.of(facet(0, 1), facet(1, 9), facet(2, 3), facet(3, 9), facet(4, 5));
        List<Facet> kept = SiteRenderer.mostActive(all, 3);
        assertEquals(List.of("a1", "a3", "a4"), kept.stream().map(Facet::id).toList());
    }

    @Test
    void breaksTiesInFavourOfTheEarlierActor() {
        List<Facet> all = List.of(facet(0, 2), facet(1, 2), facet(2, 2));
        assertEquals(List.of("a0", "a1"), SiteRenderer.mostActive(all, 2).stream().map(Facet::id).toList());
    }

    @Test
    void keepsEveryFacetWhenThereAreFewEnough() {
        List<Facet> all = List.of(facet(0, 1), facet(1, 2));
        assertEquals(all, SiteRenderer.mostActive(all, SiteRenderer.ACTOR_FACETS));
    }

    @Test
    void capsActorFacetsAtTheSameSizeForAnyNumberOfActors() {
        for (int actors : new int[] {10, 1_000, 100_000}) {
            List<Facet> all = new ArrayList<>();
            for (int i = 0; i < actors; i++) all.add(facet(i, i % 7 + 1));
            assertEquals(Math.min(actors, SiteRenderer.ACTOR_FACETS), SiteRenderer.mostActive(all, SiteRenderer.ACTOR_FACETS).size());
        }
    }

    @Test
    void splitsTheSitemapAtFiftyThousandUrls() {
        assertEquals(1, MachineFiles.sitemapParts(0));
        assertEquals(1, MachineFiles.sitemapParts(50_000));
        assertEquals(2, MachineFiles.sitemapParts(50_001));
        assertEquals(7, MachineFiles.sitemapParts(330_000));
        assertEquals("sitemap-2.xml", MachineFiles.sitemapPart(2));
        assertTrue(MachineFiles.SITEMAP_URLS <= 50_000, "sitemaps.org allows at most 50,000 URLs per file");
    }
}
