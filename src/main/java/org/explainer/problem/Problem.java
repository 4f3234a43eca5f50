package org.explainer.problem;

import java.util.Comparator;

/**
 * One thing wrong with the content or the templates, placed where a person can fix it.
 *
 * @param file    the file, relative to the folder it belongs to (e.g. {@code actors/hunt.md}), or "" for none
 * @param line    1-based line, or 0 when the problem is about the file as a whole
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, as a sentence a person can act on
 * @param hint    how to fix it, or "" when the message already says it
 */
public record Problem(String file, int line, int column, String message, String hint) {

    /** Sorted by file, then position, then message, so a run always prints the same list. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        file = file == null ? "" : file.replace('\\', '/');
        hint = hint == null ? "" : hint;
    }

    public static Problem at(Pos pos, String message, String hint) {
        return new Problem(pos.file(), pos.line(), pos.column(), message, hint);
    }

    /** {@code file:line:col: message}, leaving out the parts that are unknown. */
    public String location() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) s.append(':').append(column);
        }
        return s.toString();
    }

    /** The one-line form tests compare exactly: {@code actors/x.md:3:7: message (hint: ...)}. */
    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + message + (hint.isEmpty() ? "" : " (hint: " + hint + ")");
    }
}
