package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The timeline pages are written one stretch of events per thread, taken in turn, so that two
 * threads never render the same entries at once (see {@link SiteRenderer#plan}).
 */
class InTurnsTest {

    @Test
    void takesOneFromEachStretchInTurn() {
        assertEquals(List.of(1, 4, 2, 5, 3), SiteRenderer.inTurns(List.of(1, 2, 3, 4, 5), 2));
        assertEquals(List.of(1, 3, 5, 2, 4, 6), SiteRenderer.inTurns(List.of(1, 2, 3, 4, 5, 6), 3));
    }

    @Test
    void neighboursComeFromStretchesFarApart() {
        List<Integer> pages = IntStream.range(0, 138).boxed().toList();
        List<Integer> order = SiteRenderer.inTurns(pages, 2);
        for (int i = 0; i + 1 < order.size(); i++) {
            int apart = Math.abs(order.get(i) - order.get(i + 1));
            assertTrue(apart >= 68, "pages " + order.get(i) + " and " + order.get(i + 1) + " are made together");
        }
    }

    @Test
    void keepsEveryItemOnceWhateverTheNumberOfParts() {
        for (int size = 0; size <= 12; size++) {
            List<Integer> list = IntStream.range(0, size).boxed().toList();
            for (int parts = 1; parts <= 14; parts++) {
                List<Integer> sorted = new ArrayList<>(SiteRenderer.inTurns(list, parts));
                sorted.sort(null);
                assertEquals(list, sorted, size + " items in " + parts + " parts");
            }
        }
        assertEquals(List.of(1, 2, 3), SiteRenderer.inTurns(List.of(1, 2, 3), 1));
    }
}
