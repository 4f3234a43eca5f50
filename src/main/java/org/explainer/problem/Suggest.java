package org.explainer.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the names closest to a misspelt one, for "did you mean ...?" hints. */
public final class Suggest {

    private Suggest() {
    }

    /** Up to {@code limit} candidates within a small edit distance, closest first, then alphabetical. */
    public static List<String> closest(String wrong, Collection<String> candidates, int limit) {
        int allowed = Math.max(2, wrong.length() / 3);
        List<Scored> close = candidates.stream()
                .map(c -> new Scored(c, distance(wrong.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT))))
                .filter(s -> s.distance <= allowed || s.name.startsWith(wrong) || wrong.startsWith(s.name))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .toList();
        if (close.isEmpty()) return List.of();
        // Offer only the closest: one clear answer beats a list of guesses.
        int best = close.get(0).distance;
        return close.stream().filter(s -> s.distance == best).limit(limit).map(Scored::name).toList();
    }

    /** "did you mean 'x'?" or "did you mean 'x', 'y' or 'z'?", or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        List<String> best = closest(wrong, candidates, 3);
        if (best.isEmpty()) return "";
        StringBuilder s = new StringBuilder("did you mean ");
        for (int i = 0; i < best.size(); i++) {
            if (i > 0) s.append(i == best.size() - 1 ? " or " : ", ");
            s.append('\'').append(best.get(i)).append('\'');
        }
        return s.append('?').toString();
    }

    private record Scored(String name, int distance) {
    }

    /** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
