package org.explainer.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where in a source a quote that was not found comes closest, for the hint an editor reads. A
 * sliding window over the source's words finds the region sharing the most words with the quote
 * (linear in the source's length, whatever the quote's first or last word); a local word alignment
 * (Smith-Waterman) inside that region then gives the passage's exact ends. Words are compared
 * without case or punctuation here: the aim is to locate the passage, not to judge it.
 */
final class ClosestPassage {

    /** Longest hint shown: enough to recognise the passage, short enough for one terminal line. */
    static final int MAX_PASSAGE = 300;
    /** Longer pieces skip the word alignment, whose table grows with the square of their length. */
    private static final int MAX_ALIGNED_WORDS = 400;

    private ClosestPassage() {
    }

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
    static String find(String piece, QuoteCheck.Normalised normal, String source) {
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
