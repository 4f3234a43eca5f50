package org.explainer.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Finds a Markdown link label ({@code [text]}) where flexmark's regular expression does, in time
 * linear in its length. Why: flexmark 0.64.8 matches labels with
 * {@code ^\[(?:[^\\\[\]]|\\ESCAPABLE|\\){0,999}\]}, whose last two choices both take a backslash,
 * so a run of backslashes can be split in exponentially many ways, and the regex engine tries
 * them all before it gives up: a 212-byte paragraph starting with {@code [} and holding 80
 * backslashes and no closing bracket (found by {@code MarkdownFuzzTest}) hung the build (32
 * backslashes took 0.19 s, each two more about twice that). This is the same search, in the
 * same order, with each dead end remembered: the result is the expression's on every input
 * ({@code LinkLabelTest} compares them on random texts).
 */
final class LinkLabel {

    /** The most items the expression's repetition takes: {@code {0,999}}. */
    static final int MAX_ITEMS = 999;

    /** Which ASCII characters a backslash escapes: flexmark's own class, tested once. */
    private static final boolean[] ESCAPABLE = new boolean[128];

    static {
        Pattern escapable = Pattern.compile(Escaping.ESCAPABLE);
        for (char c = 0; c < 128; c++) ESCAPABLE[c] = escapable.matcher(String.valueOf(c)).matches();
    }

    private final CharSequence text;
    /** Where the opening bracket is. */
    private final int start;
    /**
     * For each position after the opening bracket, the fewest items taken so far with which the
     * search from there has already failed: with that many or more it fails again (fewer items
     * left can only allow less), so it is not tried twice. Made only when a backslash branches.
     */
    private int[] failedWith;

    private LinkLabel(CharSequence text, int start) {
        this.text = text;
        this.start = start;
    }

    /**
     * The length of the link label at {@code start} in {@code text}, brackets included, or 0 when
     * there is none: what {@code ^\[(?:[^\\\[\]]|\\ESCAPABLE|\\){0,999}\]} matches from there.
     */
    static int length(CharSequence text, int start) {
        if (start >= text.length() || text.charAt(start) != '[') return 0;
        int end = new LinkLabel(text, start).from(start + 1, 0);
        return end < 0 ? 0 : end - start;
    }

    /**
     * Where the label ends when the items so far end at {@code p} and number {@code items}, or -1:
     * the regex engine's depth-first search. The repetition is greedy, so another item is tried
     * before the closing bracket, and its choices in their order: a character that is not a
     * backslash or bracket, a backslash and the character it escapes, a backslash alone.
     */
    private int from(int p, int items) {
        int n = text.length();
        // A plain character leaves no choice (and is never the closing bracket): a loop, not a call.
        while (items < MAX_ITEMS && p < n) {
            char c = text.charAt(p);
            if (c == '\\' || c == '[' || c == ']') break;
            p += Character.charCount(Character.codePointAt(text, p)); // the engine takes a code point
            items++;
        }
        if (items < MAX_ITEMS && p < n && text.charAt(p) == '\\') {
            if (failedWith != null && items >= failedWith[p - start]) return -1;
            if (p + 1 < n && escapes(text.charAt(p + 1))) {
                int end = from(p + 2, items + 1);
                if (end >= 0) return end;
            }
            int end = from(p + 1, items + 1);
            if (end >= 0) return end;
            if (failedWith == null) {
                failedWith = new int[Math.min(n, start + 2 * MAX_ITEMS + 2) - start];
                Arrays.fill(failedWith, Integer.MAX_VALUE);
            }
            failedWith[p - start] = Math.min(failedWith[p - start], items);
            return -1; // a backslash is never the closing bracket either
        }
        return p < n && text.charAt(p) == ']' ? p + 1 : -1;
    }

    private static boolean escapes(char c) {
        return c < 128 && ESCAPABLE[c];
    }
}
