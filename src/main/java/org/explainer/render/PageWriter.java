package org.explainer.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template renders a page: collects the characters Freemarker writes, then puts the path to
 * the root in place of each {@link MarkdownRenderer#ROOT} marker and encodes the page as UTF-8.
 *
 * <p>Why not encode character by character as they arrive (as this class once did, to save two
 * copies)? Freemarker writes in runs of a few to a few hundred characters; appending a run to a
 * {@link StringBuilder} and encoding the finished page with {@link String#getBytes} are bulk
 * copies the JVM makes with intrinsics, while a per-character loop costs several nanoseconds a
 * character, and under the client compiler that {@code scripts/explainer} runs it was the largest
 * single cost of a big build (3 s of 16 at 10,000 milestones).
 */
final class PageWriter extends Writer {

    private static final String MARKER = MarkdownRenderer.ROOT;

    private final String root;
    private final StringBuilder page;

    /** @param root what each ROOT marker becomes: "" or "../" repeated, or the base path */
    PageWriter(String root, int initialSize) {
        this.root = root;
        this.page = new StringBuilder(Math.max(16, initialSize));
    }

    @Override
    public void write(char[] chars, int off, int len) {
        page.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        // Not append(s, off, end): on Java 17 that copies a character at a time, where substring and
        // append(String) are array copies.
        page.append(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(String s) {
        page.append(s);
    }

    @Override
    public void write(int c) {
        page.append((char) c);
    }

    /** The page: markers replaced, encoded as {@code String.getBytes(UTF_8)} encodes (lone surrogates become '?'). */
    byte[] toByteArray() {
        String text = page.toString();
        if (text.indexOf(MARKER) >= 0) text = text.replace(MARKER, root);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
