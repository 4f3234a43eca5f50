package org.explainer.render;

import java.util.List;
import java.util.TreeSet;

/**
 * Which page numbers a pager shows. Listing every page makes each page of a long list carry a link
 * to every other (100 links on each of the 100 quote pages of a 10,000-milestone dispute, 1,000 on
 * each of 1,000 at 100,000: output that grows with the square of the list), and a phone reader
 * scrolls past rows of numbers. A window shows, at most, the first and last pages, the two on each
 * side of this one, and at each scale of ten smaller than the list the nearest multiples on each side
 * ({@link #MARKS_EACH_SIDE}): 10, 20, 30 near page 27; 100, 200, 300 further out. Any page is then a
 * few clicks away, about two per digit of the page count, and a page shows
 * {@code 7 + 2 × MARKS_EACH_SIDE × (digits - 1)} numbers at most.
 */
final class PagerWindow {

    /** Up to this many pages, every page is shown. */
    static final int SHOW_ALL_UP_TO = 10;
    /** Pages shown on each side of this one. */
    static final int NEIGHBOURS = 2;
    /** Multiples of each scale (10, 100, ...) shown on each side of this page. */
    static final int MARKS_EACH_SIDE = 3;

    private PagerWindow() {
    }

    /** The page numbers to show on page {@code number} (from 1) of {@code count}, ascending. */
    static List<Integer> numbers(int number, int count) {
        if (number < 1 || number > count) throw new IllegalArgumentException("page " + number + " of " + count);
        TreeSet<Integer> shown = new TreeSet<>();
        if (count <= SHOW_ALL_UP_TO) {
            for (int n = 1; n <= count; n++) shown.add(n);
            return List.copyOf(shown);
        }
        shown.add(1);
        shown.add(count);
        for (int n = number - NEIGHBOURS; n <= number + NEIGHBOURS; n++) {
            if (n >= 1 && n <= count) shown.add(n);
        }
        for (long scale = 10; scale < count; scale *= 10) {
            long below = number / scale * scale; // the nearest multiple at or below this page
            for (int i = 0; i < MARKS_EACH_SIDE; i++) {
                long down = number % scale == 0 ? below - (i + 1) * scale : below - i * scale;
                long up = below + (i + 1) * scale;
                if (down >= 1) shown.add((int) down);
                if (up <= count) shown.add((int) up);
            }
        }
        return List.copyOf(shown);
    }
}
