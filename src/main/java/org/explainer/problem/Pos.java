package org.explainer.problem;

/**
 * A place in a content or template file: where a value was written, so that any later stage can
 * point an editor at it.
 *
 * @param file   path relative to the content (or templates) folder, with forward slashes
 * @param line   1-based line, 0 for "the whole file"
 * @param column 1-based column, 0 when unknown
 */
public record Pos(String file, int line, int column) {

    public static Pos file(String file) {
        return new Pos(file, 0, 0);
    }

    public Pos {
        file = file == null ? "" : file.replace('\\', '/');
    }
}
