package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * Markdown text as written, with the place its first character sits in its file, so that a broken
 * link inside it can be reported at its own line and column.
 *
 * @param text  the Markdown source, line endings normalised to {@code \n}
 * @param start the position of the first character of {@code text}
 */
public record Markdown(String text, Pos start) {

    public static Markdown empty(Pos at) {
        return new Markdown("", at);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
