package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.explainer.render.Views.Link;
import org.explainer.render.Views.PageNumber;
import org.explainer.render.Views.Pager;
import org.junit.jupiter.api.Test;

/** A pager shows a bounded window of page numbers from which every page is a few clicks away. */
class PagerWindowTest {

    @Test
    void showsEveryPageOfAShortList() {
        assertEquals(List.of(1), PagerWindow.numbers(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), PagerWindow.numbers(7, 10));
    }

    @Test
    void showsTheEndsTheNeighboursAndTheNearestTensOnALongList() {
        assertEquals(List.of(1, 10, 20, 25, 26, 27, 28, 29, 30, 40, 50, 100), PagerWindow.numbers(27, 100));
        assertEquals(List.of(1, 2, 3, 10, 20, 30, 100), PagerWindow.numbers(1, 100));
        assertEquals(List.of(1, 70, 80, 90, 98, 99, 100), PagerWindow.numbers(100, 100));
        assertEquals(List.of(1, 10, 18, 19, 20, 21, 22, 30, 40, 50, 100), PagerWindow.numbers(20, 100));
    }

    @Test
    void addsRoundHundredsFurtherOutOnAListOfThousands() {
        assertEquals(List.of(1, 100, 200, 300, 310, 320, 330, 338, 339, 340, 341, 342, 350, 360, 370, 400, 500,
                600, 1000), PagerWindow.numbers(340, 1000));
    }

    @Test
    void showsABoundedNumberOfPagesHoweverLongTheList() {
        for (int count : new int[] {11, 99, 100, 101, 999, 1_000, 1_001, 54_321}) {
            int digits = Integer.toString(count).length();
            int bound = 2 + (2 * PagerWindow.NEIGHBOURS + 1) + 2 * PagerWindow.MARKS_EACH_SIDE * (digits - 1);
            for (int page = 1; page <= count; page++) {
                List<Integer> shown = PagerWindow.numbers(page, count);
                assertTrue(shown.size() <= bound, count + " pages, page " + page + ": " + shown);
                assertEquals(1, shown.get(0), "the first page is always shown");
                assertEquals(count, shown.get(shown.size() - 1), "the last page is always shown");
                assertTrue(shown.contains(page), "this page is shown");
                for (int i = 1; i < shown.size(); i++) assertTrue(shown.get(i) > shown.get(i - 1), "ascending: " + shown);
                for (int n = Math.max(1, page - 2); n <= Math.min(count, page + 2); n++) assertTrue(shown.contains(n));
            }
        }
    }

    @Test
    void reachesEveryPageFromTheFirstInAboutTwoClicksPerDigit() {
        for (int count : new int[] {11, 57, 100, 333, 1_000, 4_321}) {
            int[] clicks = clicksFromFirstPage(count);
            int worst = 0;
            for (int page = 1; page <= count; page++) {
                assertTrue(clicks[page] >= 0, "page " + page + " of " + count + " cannot be reached");
                worst = Math.max(worst, clicks[page]);
            }
            int digits = Integer.toString(count).length();
            assertTrue(worst <= 2 * digits + 1, count + " pages: a page takes " + worst + " clicks");
        }
    }

    /** Breadth-first search over the pager's links, previous and next included. */
    private static int[] clicksFromFirstPage(int count) {
        int[] clicks = new int[count + 1];
        java.util.Arrays.fill(clicks, -1);
        clicks[1] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(1));
        while (!queue.isEmpty()) {
            int page = queue.poll();
            List<Integer> next = new ArrayList<>(PagerWindow.numbers(page, count));
            if (page > 1) next.add(page - 1);
            if (page < count) next.add(page + 1);
            for (int n : next) {
                if (clicks[n] < 0) {
                    clicks[n] = clicks[page] + 1;
                    queue.add(n);
                }
            }
        }
        return clicks;
    }

    @Test
    void refusesAPageOutsideTheList() {
        assertThrows(IllegalArgumentException.class, () -> PagerWindow.numbers(0, 5));
        assertThrows(IllegalArgumentException.class, () -> PagerWindow.numbers(6, 5));
    }

    @Test
    void thePagerLinksEachShownNumberToItsPageAndMarksTheGaps() {
        List<Link> pages = new ArrayList<>();
        for (int n = 1; n <= 40; n++) pages.add(new Link(Integer.toString(n), n == 1 ? "quotes/" : "quotes/page/" + n + "/"));
        Pager pager = Pager.at(5, pages);
        assertEquals("quotes/page/4/", pager.prev());
        assertEquals("quotes/page/6/", pager.next());
        assertEquals(40, pager.count());
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 10, 20, 30, 40), pager.shown().stream().map(PageNumber::number).toList());
        for (PageNumber p : pager.shown()) assertEquals(pages.get(p.number() - 1).href(), p.href());
        assertEquals(List.of(false, true, false, false, false, false, true, true, true, true),
                pager.shown().stream().map(PageNumber::afterGap).toList());
        Pager first = Pager.at(1, pages);
        assertEquals(null, first.prev());
        assertEquals(null, Pager.at(40, pages).next());
    }
}
