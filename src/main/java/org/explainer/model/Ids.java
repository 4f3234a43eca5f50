package org.explainer.model;

/** The id syntax that every item shares, and that names a kind of milestone's own timeline. */
public final class Ids {

    private Ids() {
    }

    /**
     * Whether {@code s} is written as an id: lower-case words of the letters a to z and the digits,
     * joined by single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}), which makes it a safe file or
     * folder name on every system. Tested character by character, not by that regular expression:
     * every reference of every file is checked, and a matcher and its arrays for each were 50 MB of
     * the 350 MB the loading of 10,000 milestones allocated. {@code IdsTest} checks that both agree.
     */
    public static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (s.charAt(i - 1) == '-') return false;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
