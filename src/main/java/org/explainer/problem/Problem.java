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
        file = printable(file == null ? "" : file.replace('\\', '/'));
        message = printable(message == null ? "" : message);
        hint = printable(hint == null ? "" : hint);
    }

    /**
     * One line, safe for a terminal: problems quote what contributors wrote (file names, field
     * names, values), and a newline would break the one-problem-per-line form while an escape
     * sequence or a bidirectional override could rewrite what an editor's terminal shows.
     */
    static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069);
            if (control && out == null) out = new StringBuilder(s.substring(0, i));
            if (out == null) continue;
            if (c == '\n') out.append(' ');
            else if (control) out.append(String.format("<U+%04X>", (int) c));
            else out.append(c);
        }
        return out == null ? s : out.toString();
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
