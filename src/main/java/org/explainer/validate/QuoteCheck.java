package org.explainer.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>When a quote is not found, {@link #closestPassage} locates the passage an editor should compare
 * it with: a sliding window over the source's words finds the region sharing the most words with
 * the piece (linear in the source's length), and a local word alignment inside that region gives
 * the passage's exact ends, so a one-word change reports exactly the passage the quote misrepresents.
 */
public final class QuoteCheck {

    /** Longest hint shown: enough to recognise the passage, short enough for one terminal line. */
    static final int MAX_PASSAGE = 300;
    /** Longer pieces skip the word alignment, whose table grows with the square of their length. */
    private static final int MAX_ALIGNED_WORDS = 400;
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
            if (at < 0) return Optional.of(closestPassage(piece, normal, source));
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

    // ---- the closest passage --------------------------------------------------------------------

    /** A word of the normalised text with where it starts and ends, and the key it is compared by. */
    private record Word(String key, int start, int end) {
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isGap(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !isGap(text.charAt(i))) i++;
            if (i > start) out.add(new Word(key(text.substring(start, i)), start, i));
        }
        return out;
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '-';
    }

    /** Compared without case or punctuation: the aim here is to locate the passage, not to judge it. */
    private static String key(String word) {
        StringBuilder k = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) k.append(Character.toLowerCase(c));
        }
        return k.length() == 0 ? word : k.toString();
    }

    /**
     * The passage of the source that best matches the piece: where an editor should look to mend
     * the quote. "" when the source shares too little with the piece for any passage to be useful.
     */
    static String closestPassage(String piece, Normalised normal, String source) {
        String text = normal.text();
        List<Word> q = words(piece);
        List<Word> t = words(text);
        if (q.isEmpty() || t.isEmpty()) return "";
        int n = q.size();
        int best = bestWindow(q, t);
        if (best < 0) return "";
        int[] span;
        if (n > MAX_ALIGNED_WORDS) {
            span = new int[] {best, Math.min(t.size(), best + n) - 1};
        } else {
            // Align inside the window widened by the piece's length on each side: room for insertions.
            span = align(q, t, Math.max(0, best - n), Math.min(t.size(), best + 2 * n));
            if (span == null) return "";
        }
        int start = t.get(span[0]).start();
        int end = t.get(span[1]).end();
        // Punctuation around the passage that the quote leaves out is not part of the difference.
        int lead = Math.min(punctuation(text, start, end, true), punctuation(piece, 0, piece.length(), true));
        int trail = Math.min(punctuation(text, start, end, false), punctuation(piece, 0, piece.length(), false));
        start += punctuation(text, start, end, true) - lead;
        end -= punctuation(text, start, end, false) - trail;
        if (end <= start) return "";
        return cut(normal.original(source, start, end));
    }

    /** How many characters at the start (or end) of {@code s[from, to)} are not letters or digits. */
    private static int punctuation(String s, int from, int to, boolean atStart) {
        int k = 0;
        while (from + k < to && !Character.isLetterOrDigit(s.charAt(atStart ? from + k : to - 1 - k))) k++;
        return k;
    }

    private static String cut(String passage) {
        return passage.length() > MAX_PASSAGE ? passage.substring(0, MAX_PASSAGE) + "\u2026" : passage;
    }

    /**
     * The first word of the window of the piece's length sharing the most words with it (counted
     * with multiplicity), ties going to the earliest; -1 when no window shares enough to be a lead.
     */
    private static int bestWindow(List<Word> q, List<Word> t) {
        int n = q.size();
        Map<String, Integer> need = new HashMap<>();
        for (Word w : q) need.merge(w.key(), 1, Integer::sum);
        Map<String, Integer> have = new HashMap<>();
        int shared = 0;
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < t.size(); i++) {
            String in = t.get(i).key();
            int h = have.merge(in, 1, Integer::sum);
            if (h <= need.getOrDefault(in, 0)) shared++;
            if (i >= n) {
                String out = t.get(i - n).key();
                int left = have.merge(out, -1, Integer::sum);
                if (left < need.getOrDefault(out, 0)) shared--;
            }
            if (shared > bestShared) {
                bestShared = shared;
                best = Math.max(0, i - n + 1);
            }
        }
        // One shared word (often "the") says nothing about where the quote is.
        return bestShared >= Math.min(2, n) ? best : -1;
    }

    /**
     * Local alignment (Smith-Waterman over words) of the piece with the text's words in
     * {@code [lo, hi)}: the source span of the best-scoring alignment, widened by the piece's words
     * left unaligned at either end, so a changed first or last word is still inside the passage.
     */
    private static int[] align(List<Word> q, List<Word> t, int lo, int hi) {
        int n = q.size();
        int m = hi - lo;
        int[][] score = new int[n + 1][m + 1];
        int bestScore = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                boolean same = q.get(i - 1).key().equals(t.get(lo + j - 1).key());
                int s = Math.max(0, score[i - 1][j - 1] + (same ? 2 : -1));
                s = Math.max(s, Math.max(score[i - 1][j] - 1, score[i][j - 1] - 1));
                score[i][j] = s;
                if (s > bestScore) {
                    bestScore = s;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bestScore == 0) return null;
        // Walk back to where the alignment starts.
        int i = bi;
        int j = bj;
        int firstI = bi;
        int firstJ = bj;
        while (i > 0 && j > 0 && score[i][j] > 0) {
            boolean same = q.get(i - 1).key().equals(t.get(lo + j - 1).key());
            if (same && score[i][j] == score[i - 1][j - 1] + 2) {
                firstI = i;
                firstJ = j;
                i--;
                j--;
            } else if (score[i][j] == score[i - 1][j - 1] - 1) {
                i--;
                j--;
            } else if (score[i][j] == score[i - 1][j] - 1) {
                i--;
            } else {
                j--;
            }
        }
        int start = lo + firstJ - 1 - (firstI - 1);
        int end = lo + bj - 1 + (n - bi);
        return new int[] {Math.max(lo, start), Math.min(hi - 1, end)};
    }
}
