package org.explainer.render.export;

import java.util.List;

/**
 * Writes RFC 4180 CSV: a header row, CRLF after every row, a field quoted when it holds a comma,
 * a double quote, CR or LF, and a double quote inside a field doubled. The text is UTF-8 without a
 * byte-order mark.
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is prefixed with a single quote, because spreadsheets run such cells as formulas ("CSV
 * injection"): the files are read by people in Excel and Sheets more than by programs. The guard
 * changes the text of those cells only, and docs/data.md says so.
 */
public final class Csv {

    private Csv() {
    }

    /** The whole table, header first. Every row must have as many cells as the header. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 128);
        row(header, out);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + header.size());
            }
            row(r, out);
        }
        return out.toString();
    }

    /** The same table written to {@code sink} a few rows at a time, so a big table is never held whole. */
    public static void write(List<String> header, Iterable<List<String>> rows, java.io.Writer sink) throws java.io.IOException {
        StringBuilder out = new StringBuilder(1 << 16);
        row(header, out);
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + header.size());
            }
            row(r, out);
            if (out.length() >= 1 << 16) {
                sink.append(out);
                out.setLength(0);
            }
        }
        sink.append(out);
    }

    private static void row(List<String> cells, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            field(guard(cells.get(i) == null ? "" : cells.get(i)), out);
        }
        out.append("\r\n");
    }

    /** The cell as written: with a leading single quote when a spreadsheet would read it as a formula. */
    public static String guard(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static void field(String s, StringBuilder out) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        if (!quote) {
            out.append(s);
            return;
        }
        out.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
