package org.explainer.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template renders a page: encodes each run of text Freemarker writes as UTF-8 into one
 * growing byte array, then puts the path to the root in place of each {@link MarkdownRenderer#ROOT}
 * marker. The bytes are those of {@code page.replace(ROOT, root).getBytes(UTF_8)}.
 *
 * <p>Why runs and not characters or a whole-page String: encoding each run with
 * {@link String#getBytes} is a bulk copy for the plain-ASCII runs that make most of a page, while a
 * per-character loop, or a page-wide StringBuilder that turns UTF-16 at the first curly quote and
 * is then copied and encoded character by character, cost a third of the write stage under the
 * client compiler that {@code scripts/explainer} runs.
 */
final class PageWriter extends Writer {

    private static final byte[] MARKER = MarkdownRenderer.ROOT.getBytes(StandardCharsets.UTF_8);
    private static final char MARKER_CHAR = MarkdownRenderer.ROOT.charAt(0);
    /** A buffer per rendering thread, so a page does not start by zeroing a fresh one. */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();
    /** Larger buffers are not kept for the next page: one huge page should not pin its size. */
    private static final int SPARE_LIMIT = 1 << 20;

    private final byte[] root;
    private byte[] buf;
    private int count;
    /** A high surrogate that ended the last run, held so a pair split across runs encodes as one. */
    private char pendingHigh;
    /** Whether a run held the marker's first character, so that looking for markers is worth it. */
    private boolean maybeMarker;

    /** @param root what each ROOT marker becomes: "" or "../" repeated, or the base path */
    PageWriter(String root, int initialSize) {
        this.root = root.getBytes(StandardCharsets.UTF_8);
        byte[] spare = SPARE.get();
        SPARE.set(null);
        this.buf = spare != null && spare.length >= initialSize ? spare : new byte[Math.max(64, initialSize)];
    }

    @Override
    public void write(String s, int off, int len) {
        if (len > 0) run(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(char[] chars, int off, int len) {
        if (len > 0) run(new String(chars, off, len));
    }

    @Override
    public void write(int c) {
        run(String.valueOf((char) c));
    }

    /** Appends HTML already encoded as UTF-8 (a kept {@link Memo} body), markers and all. */
    void writeUtf8(byte[] bytes) {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = '?'; // a high surrogate with no low one after it, as String.getBytes writes it
        }
        maybeMarker = true;
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    private void run(String text) {
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            text = text.substring(0, text.length() - 1);
        }
        if (!maybeMarker && text.indexOf(MARKER_CHAR) >= 0) maybeMarker = true;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    private void ensure(int more) {
        if (count + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }

    /** The page; the writer's buffer goes back to the thread for its next page. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = '?'; // a lone high surrogate, as String.getBytes writes it
        }
        byte[] page = maybeMarker ? replaceMarkers() : Arrays.copyOf(buf, count);
        if (buf.length <= SPARE_LIMIT) SPARE.set(buf);
        buf = null;
        return page;
    }

    /**
     * The bytes with each encoded marker replaced. The encoded marker starts with 0xEF, a byte that
     * only ever starts a character in UTF-8, so a match of its bytes is a match of its characters.
     */
    private byte[] replaceMarkers() {
        byte[] out = new byte[count + 64];
        int n = 0;
        int copied = 0;
        for (int i = 0; i + MARKER.length <= count; i++) {
            if (buf[i] != MARKER[0] || !matchesMarkerAt(i)) continue;
            int plain = i - copied;
            if (n + plain + root.length > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + plain + root.length));
            System.arraycopy(buf, copied, out, n, plain);
            System.arraycopy(root, 0, out, n + plain, root.length);
            n += plain + root.length;
            copied = i + MARKER.length;
            i = copied - 1;
        }
        int rest = count - copied;
        if (n + rest > out.length) out = Arrays.copyOf(out, n + rest);
        System.arraycopy(buf, copied, out, n, rest);
        return Arrays.copyOf(out, n + rest);
    }

    private boolean matchesMarkerAt(int at) {
        if (at + MARKER.length > count) return false;
        for (int k = 1; k < MARKER.length; k++) {
            if (buf[at + k] != MARKER[k]) return false;
        }
        return true;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
