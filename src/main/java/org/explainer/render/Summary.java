package org.explainer.render;

/**
 * The plain-text summary of a page for its description meta tags: the body's text without
 * headings and tags, entities decoded, white space collapsed, cut at a word near the limit.
 *
 * <p>Written as hand-made scans rather than the three regular expressions it replaced
 * ({@code <h[1-6][^>]*>.*?</h[1-6]>}, {@code <[^>]+>}, {@code \s+}) because it runs for every page
 * and the regular expressions cost a second of a 10,000-milestone build; {@code SummaryTest}
 * checks that both give the same text on random HTML.
 */
final class Summary {

    /** Description length: search engines show about this much. */
    static final int MAX = 200;

    private Summary() {
    }

    /** The summary of rendered HTML, or {@code fallback} when it has no text. */
    static String of(String html, String fallback) {
        String text = leadingText(html);
        if (text == null) text = collapse(decode(stripTags(stripHeadings(html, false))));
        if (text.isEmpty()) return fallback;
        return cut(text, MAX);
    }

    /** Where a paragraph ends and the next block may start. */
    private static final String PARAGRAPH_END = "</p>\n";

    /**
     * The text of the HTML up to the first paragraph's end past {@link #MAX} characters, when that
     * text is already longer than the summary; else null. Why: a summary needs the first 200
     * characters of text, and working through the whole of a long body (four passes, each a copy)
     * was 2% of the CPU of a 10,000-milestone build.
     *
     * <p>Why the text of that prefix starts as the whole body's does: every tag and entity before
     * the cut ends before it (the prefix ends with {@code </p>} and a newline, whose {@code >}
     * closes any tag still open, and no entity holds a space or a newline); a heading still open
     * at the cut is refused ({@link #stripHeadings} with {@code strict}); and white space collapses
     * alike, but for the run at the end, which is stripped. So the prefix's text is the body's text
     * cut short, and one longer than {@link #MAX} is shortened to the same summary.
     */
    static String leadingText(String html) {
        int end = html.indexOf(PARAGRAPH_END, MAX);
        if (end < 0) return null;
        String headless = stripHeadings(html.substring(0, end + PARAGRAPH_END.length()), true);
        if (headless == null) return null;
        String text = collapse(decode(stripTags(headless)));
        return text.length() > MAX ? text : null;
    }

    /** {@code s} with runs of white space as one space, trimmed, and cut at a word before {@code max} characters. */
    static String shorten(String s, int max) {
        return cut(collapse(s), max);
    }

    /** Collapsed text {@code t} cut at a word before {@code max} characters. */
    private static String cut(String t, int max) {
        if (t.length() <= max) return t;
        int space = t.lastIndexOf(' ', max - 1);
        return t.substring(0, space > max / 2 ? space : max - 1) + "\u2026";
    }

    /**
     * Each heading element, tags and text, becomes one space.
     *
     * @param strict return null where a heading has no closing tag after it, instead of keeping
     *               the rest as it is (in a prefix, its closing tag may lie past the cut)
     */
    private static String stripHeadings(String html, boolean strict) {
        int open = nextHeadingOpen(html, 0);
        if (open < 0) return html;
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (open >= 0) {
            int openEnd = html.indexOf('>', open + 3);
            int close = openEnd < 0 ? -1 : nextHeadingClose(html, openEnd + 1);
            if (close < 0 && strict) return null;
            if (close < 0) break; // no closing tag later: nothing further can match either
            out.append(html, copied, open).append(' ');
            copied = close + 5;
            open = nextHeadingOpen(html, copied);
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where {@code <h1}..{@code <h6} next starts at or after {@code from}, or -1. */
    private static int nextHeadingOpen(String s, int from) {
        for (int i = s.indexOf("<h", from); i >= 0; i = s.indexOf("<h", i + 1)) {
            if (i + 2 < s.length() && isLevel(s.charAt(i + 2))) return i;
        }
        return -1;
    }

    /** Where the next {@code </h1>}..{@code </h6>} starts at or after {@code from}, or -1. */
    private static int nextHeadingClose(String s, int from) {
        for (int i = s.indexOf("</h", from); i >= 0; i = s.indexOf("</h", i + 1)) {
            if (i + 4 < s.length() && isLevel(s.charAt(i + 3)) && s.charAt(i + 4) == '>') return i;
        }
        return -1;
    }

    private static boolean isLevel(char c) {
        return c >= '1' && c <= '6';
    }

    /** Each tag ({@code <} one or more characters other than {@code >}, then {@code >}) becomes one space. */
    private static String stripTags(String s) {
        int lt = s.indexOf('<');
        if (lt < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (lt >= 0) {
            int gt = s.indexOf('>', lt + 1);
            if (gt < 0) break; // no '>' later: no tag can close
            if (gt == lt + 1) { // "<>" is not a tag; the '>' may not end one starting later either
                lt = s.indexOf('<', lt + 1);
                continue;
            }
            out.append(s, copied, lt).append(' ');
            copied = gt + 1;
            lt = s.indexOf('<', copied);
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static final String[][] ENTITIES = {
        {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"},
        {"&lsquo;", "\u2018"}, {"&rsquo;", "\u2019"}, {"&ndash;", "\u2013"}, {"&mdash;", "\u2014"},
        {"&hellip;", "\u2026"}, {"&amp;", "&"},
    };

    /**
     * The entities flexmark writes, decoded in one pass. No entity's text contains the start of
     * another, so this equals replacing them one after another with {@code &amp;} last.
     */
    private static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (amp >= 0) {
            String[] hit = null;
            for (String[] e : ENTITIES) {
                if (s.startsWith(e[0], amp)) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                amp = s.indexOf('&', amp + 1);
                continue;
            }
            out.append(s, copied, amp).append(hit[1]);
            copied = amp + hit[0].length();
            amp = s.indexOf('&', copied);
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** As {@code s.replaceAll("\\s+", " ").strip()}: {@code \s} is the six ASCII spaces, strip() any white space. */
    static String collapse(String s) {
        int n = s.length();
        boolean runs = false;
        for (int k = 0; k < n && !runs; k++) {
            char c = s.charAt(k);
            runs = c == ' ' ? k + 1 < n && isRegexSpace(s.charAt(k + 1)) : isRegexSpace(c);
        }
        if (!runs) return s.strip(); // only single plain spaces: nothing to collapse
        StringBuilder out = new StringBuilder(n);
        int k = 0;
        while (k < n) {
            int word = k;
            while (k < n && !isRegexSpace(s.charAt(k))) k++;
            out.append(s, word, k); // a run at a time: appending character by character was most of the cost
            if (k < n) out.append(' ');
            while (k < n && isRegexSpace(s.charAt(k))) k++;
        }
        return out.toString().strip();
    }

    /**
     * Tab, line feed, vertical tab, form feed and carriage return are U+0009 to U+000D. Written as
     * a range so that the method is small enough for the client compiler to inline (35 bytes of
     * bytecode at most): it is called for every character of every summary.
     */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
