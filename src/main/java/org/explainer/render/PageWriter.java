package org.explainer.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template renders a page: encodes UTF-8 straight into one growing byte array and puts the
 * path to the root in place of each {@link MarkdownRenderer#ROOT} marker on the way. A page is
 * thus made in one pass, instead of a String, a copy with the marker replaced and a byte copy of
 * that (three copies of every page, the biggest cost of a large build after the templates).
 */
final class PageWriter extends Writer {

    private static final String MARKER = MarkdownRenderer.ROOT;

    private final byte[] root;
    private byte[] buf;
    private int count;
    private char highSurrogate;
    /** How many characters of {@link #MARKER} the last characters written match. */
    private int matched;

    /** @param root what each ROOT marker becomes: "" or "../" repeated, or the base path */
    PageWriter(String root, int initialSize) {
        this.root = root.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.buf = new byte[Math.max(64, initialSize)];
    }

    @Override
    public void write(char[] chars, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) put(chars[i]);
    }

    @Override
    public void write(String s, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) put(s.charAt(i));
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    /**
     * Matches the marker as String.replace would: leftmost first, never overlapping. No proper
     * prefix of the marker ends with its own start, so after a mismatch the held characters are
     * plain text and only the current character may begin a new match.
     */
    private void put(char c) {
        if (c == MARKER.charAt(matched)) {
            if (++matched == MARKER.length()) {
                matched = 0;
                bytes(root);
            }
            return;
        }
        if (matched > 0) {
            for (int i = 0; i < matched; i++) encode(MARKER.charAt(i));
            matched = 0;
            if (c == MARKER.charAt(0)) {
                matched = 1;
                return;
            }
        }
        encode(c);
    }

    private void encode(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                ensure(4);
                buf[count++] = (byte) (0xF0 | (cp >> 18));
                buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            replacement(); // a lone high surrogate, as String.getBytes would write it
        }
        if (c < 0x80) {
            ensure(1);
            buf[count++] = (byte) c;
        } else if (c < 0x800) {
            ensure(2);
            buf[count++] = (byte) (0xC0 | (c >> 6));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            ensure(3);
            buf[count++] = (byte) (0xE0 | (c >> 12));
            buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void replacement() {
        ensure(1);
        buf[count++] = '?';
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, count, b.length);
        count += b.length;
    }

    private void ensure(int more) {
        if (count + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }

    /** The page so far, ending an unfinished marker or surrogate as the characters they were. */
    byte[] toByteArray() {
        for (int i = 0; i < matched; i++) encode(MARKER.charAt(i));
        matched = 0;
        if (highSurrogate != 0) {
            highSurrogate = 0;
            replacement();
        }
        return Arrays.copyOf(buf, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
