package org.explainer.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON from maps, lists, strings, numbers and booleans, keys in insertion order so that the
 * output is byte-identical for the same input. Strings are escaped so the JSON is also safe inside
 * an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} become {@code \\u003c} and so
 * on, which no parser reads differently but no HTML parser can mistake for a closing tag.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, -1, 0);
        return out.toString();
    }

    /** Indented with two spaces, for files people read. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(value, out, 2, 0);
        return out.append('\n').toString();
    }

    /**
     * As {@link #pretty(Object)}, written to {@code sink} a list item at a time, so that a big
     * document is never held whole; lists may make their items as they are read.
     */
    public static void pretty(Object value, Writer sink) throws IOException {
        StringBuilder out = new StringBuilder(FLUSH_AT + 4096);
        try {
            write(value, out, 2, 0, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.append(out.append('\n'));
    }

    /** Characters held before they go to the sink. */
    private static final int FLUSH_AT = 1 << 16;

    private static void write(Object v, StringBuilder out, int indent, int depth) {
        write(v, out, indent, depth, null);
    }

    private static void write(Object v, StringBuilder out, int indent, int depth, Writer sink) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                newline(out, indent, depth + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(indent < 0 ? ":" : ": ");
                write(e.getValue(), out, indent, depth + 1, sink);
            }
            if (!map.isEmpty()) newline(out, indent, depth);
            out.append('}');
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) out.append(',');
                first = false;
                newline(out, indent, depth + 1);
                write(item, out, indent, depth + 1, sink);
                if (sink != null && out.length() >= FLUSH_AT) {
                    try {
                        sink.append(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.setLength(0);
                }
            }
            if (!list.isEmpty()) newline(out, indent, depth);
            out.append(']');
        } else {
            string(v.toString(), out);
        }
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent < 0) return;
        out.append('\n');
        out.append(" ".repeat(indent * depth));
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        // Runs that need no escape are appended whole: a bulk copy, where appending character by
        // character was the largest cost of the 40 MB of JSON an archive of 10,000 events exports.
        // The test is written out here, a table for ASCII, not a call to needsEscape: the client
        // compiler inlines no method over 35 bytes of bytecode, and with a call per character the
        // strings of the exports at N = 10,000 took 310 ms to escape instead of 185.
        int plain = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? !ESCAPED_ASCII[c] : c != '\u2028' && c != '\u2029' && c != '\uFFFF') continue;
            if (i > plain) out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> unicode(c, out); // <, >, &, ', U+2028, U+2029, U+FFFF and control characters
            }
        }
        out.append(s, plain, length);
        out.append('"');
    }

    /** Whether a character is written escaped: the definition the loop above and its table follow. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\''
                || c == '\u2028' || c == '\u2029' || c == '\uFFFF';
    }

    /** {@link #needsEscape} of each ASCII character. */
    private static final boolean[] ESCAPED_ASCII = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) ESCAPED_ASCII[c] = needsEscape(c);
    }

    /** {@code \\u} and four lower-case hex digits, as String.format("\\u%04x") wrote, without a Formatter per character. */
    private static void unicode(char c, StringBuilder out) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) out.append(HEX[(c >> shift) & 0xF]);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
