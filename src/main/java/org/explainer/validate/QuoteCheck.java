package org.explainer.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a quotation appears verbatim in the plain-text copy of its source. Verbatim means the
 * same words in the same order and case; it does not mean the same typography: whitespace and line
 * breaks, straight and curly quotes, and hyphens and dashes (spaced or not) are treated as equal,
 * and an elision marked {@code ...}, {@code …} or {@code [...]} may stand for any passage, as long
 * as the pieces appear in order. A piece must start and end at word boundaries, so "one" is not
 * found inside "someone".
 *
 * <p>When a quote is not found, {@link ClosestPassage} locates the passage an editor should compare
 * it with: a sliding window over the source's words finds the region sharing the most words with
 * the piece (linear in the source's length), and a local word alignment inside that region gives
 * the passage's exact ends, so a one-word change reports exactly the passage the quote misrepresents.
 */
public final class QuoteCheck {

    private static final Pattern ELISION = Pattern.compile("\\[\\s*\\.{3,}\\s*]|\\.{3,}");

    private QuoteCheck() {
    }

    /** Empty when the quote is found; otherwise the closest passage of the source, for the hint. */
    public static Optional<String> findMismatch(String quote, String source) {
        return findMismatch(quote, prepare(source));
    }

    /**
     * A source's text made ready for checking, so that many quotes from one long source normalise
     * it once.
     */
    public static final class Prepared {
        private final String source;
        private final Normalised normal;

        private Prepared(String source) {
            this.source = source;
            this.normal = Normalised.of(source);
        }
    }

    public static Prepared prepare(String source) {
        return new Prepared(source);
    }

    /** As {@link #findMismatch(String, String)}, against a prepared source. */
    public static Optional<String> findMismatch(String quote, Prepared prepared) {
        Normalised normal = prepared.normal;
        String source = prepared.source;
        String text = normal.text();
        int from = 0;
        for (String piece : pieces(quote)) {
            int at = find(text, piece, from);
            if (at < 0) return Optional.of(ClosestPassage.find(piece, normal, source));
            from = at + piece.length();
        }
        return Optional.empty();
    }

    /** The first occurrence of the piece at or after {@code from} that starts and ends on word boundaries. */
    static int find(String text, String piece, int from) {
        int at = text.indexOf(piece, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(piece.charAt(0));
            int end = at + piece.length();
            boolean endOk = end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(piece.charAt(piece.length() - 1));
            if (startOk && endOk) return at;
            at = text.indexOf(piece, at + 1);
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The quote split at its elisions, each piece normalised and trimmed. */
    static List<String> pieces(String quote) {
        String q = normalise(quote);
        List<String> out = new ArrayList<>();
        for (String piece : ELISION.split(q)) {
            String p = piece.strip();
            if (!p.isEmpty()) out.add(p);
        }
        if (out.isEmpty()) out.add(q.strip());
        return out;
    }

    /** Makes the typographic variants the same, so that only the words are compared. */
    static String normalise(String s) {
        return Normalised.of(s).text();
    }

    /**
     * A normalised text and, for each of its characters, where it came from in the original, so a
     * hint can quote the source as written rather than as compared.
     */
    record Normalised(String text, int[] origin) {

        static Normalised of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length() * 3 + 1];
            boolean space = false;
            boolean dash = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4', '\u02BC', '\u2039', '\u203A' -> c = '\'';
                    case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
                    case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> c = '-';
                    case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                        continue; // soft hyphens and zero-width marks, common in text copied from the web
                    }
                    case '\u2026' -> {
                        for (int k = 0; k < 3; k++) {
                            origin[out.length()] = i;
                            out.append('.');
                        }
                        space = false;
                        dash = false;
                        continue;
                    }
                    default -> {
                    }
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!space && out.length() > 0) {
                        origin[out.length()] = i;
                        out.append(' ');
                    }
                    space = true;
                    continue;
                }
                if (c == '-') {
                    // "a - b", "a\u2014b" and "a -- b" are one dash written in different house styles
                    if (space && out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
                    if (!dash) {
                        origin[out.length()] = i;
                        out.append('-');
                    }
                    dash = true;
                    space = true; // swallow the spaces after a dash
                    continue;
                }
                dash = false;
                space = false;
                origin[out.length()] = i;
                out.append(c);
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
            return new Normalised(out.toString(), origin);
        }

        /** The original text behind {@code [start, end)} of the normalised one, on one line. */
        String original(String source, int start, int end) {
            return source.substring(origin[start], origin[end - 1] + 1).replaceAll("\\s+", " ").strip();
        }
    }
}
