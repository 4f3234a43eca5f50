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
        String text = collapse(decode(stripTags(stripHeadings(html))));
        if (text.isEmpty()) return fallback;
        return shorten(text, MAX);
    }

    /** {@code s} with runs of white space as one space, trimmed, and cut at a word before {@code max} characters. */
    static String shorten(String s, int max) {
        String t = collapse(s);
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }

    /** Each heading element, tags and text, becomes one space. */
    private static String stripHeadings(String html) {
        int open = nextHeadingOpen(html, 0);
        if (open < 0) return html;
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (open >= 0) {
            int openEnd = html.indexOf('>', open + 3);
            int close = openEnd < 0 ? -1 : nextHeadingClose(html, openEnd + 1);
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
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (isRegexSpace(c)) {
                out.append(' ');
                while (k + 1 < n && isRegexSpace(s.charAt(k + 1))) k++;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
