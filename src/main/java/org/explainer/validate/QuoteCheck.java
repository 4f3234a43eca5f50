package org.explainer.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a quotation appears verbatim in the plain-text copy of its source. Verbatim means the
 * same words in the same order and case; it does not mean the same typography: whitespace and line
 * breaks, straight and curly quotes, and hyphens and dashes are treated as equal, and an elision
 * marked {@code ...} or {@code …} may stand for any passage, as long as the pieces appear in order.
 */
public final class QuoteCheck {

    private QuoteCheck() {
    }

    /** Empty when the quote is found; otherwise the closest passage of the source, for the hint. */
    public static Optional<String> findMismatch(String quote, String source) {
        String text = normalise(source);
        int from = 0;
        for (String piece : pieces(quote)) {
            int at = text.indexOf(piece, from);
            if (at < 0) return Optional.of(closestPassage(piece, text));
            from = at + piece.length();
        }
        return Optional.empty();
    }

    /** The quote split at its elisions, each piece normalised and trimmed. */
    static List<String> pieces(String quote) {
        String q = normalise(quote).replace("[...]", "...");
        List<String> out = new ArrayList<>();
        for (String piece : q.split("\\.\\.\\.")) {
            String p = piece.strip();
            if (!p.isEmpty()) out.add(p);
        }
        if (out.isEmpty()) out.add(q.strip());
        return out;
    }

    /** Makes the typographic variants the same, so that only the words are compared. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> c = '-';
                case '\u2026' -> {
                    out.append("...");
                    space = false;
                    continue;
                }
                default -> {
                }
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space && out.length() > 0) out.append(' ');
                space = true;
                continue;
            }
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    /**
     * The passage of the source that shares the longest beginning or end with the piece, cut to
     * about the piece's length: where an editor should look to mend the quote.
     */
    static String closestPassage(String piece, String text) {
        int prefix = longest(piece, text, true);
        int suffix = longest(piece, text, false);
        int start;
        if (prefix == 0 && suffix == 0) return "";
        if (prefix >= suffix) {
            start = text.indexOf(piece.substring(0, prefix));
        } else {
            int at = text.indexOf(piece.substring(piece.length() - suffix));
            start = Math.max(0, at + suffix - piece.length());
        }
        // Show whole words: back to the start of a word, on to the end of one.
        while (start > 0 && text.charAt(start - 1) != ' ') start--;
        int end = Math.min(text.length(), start + piece.length());
        while (end < text.length() && text.charAt(end) != ' ') end++;
        String passage = text.substring(start, end).strip();
        return passage.length() > 300 ? passage.substring(0, 300) + "…" : passage;
    }

    /** Length of the longest prefix (or suffix) of the piece found in the text, by binary search. */
    private static int longest(String piece, String text, boolean prefix) {
        int lo = 0;
        int hi = piece.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String part = prefix ? piece.substring(0, mid) : piece.substring(piece.length() - mid);
            if (text.contains(part)) lo = mid;
            else hi = mid - 1;
        }
        return lo < 8 ? 0 : lo; // a few shared letters say nothing about where the quote is
    }
}
