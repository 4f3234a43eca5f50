package org.explainer.render;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private PageWriter(int initialSize) {
        this.root = MARKER; // not used: a fragment's markers are left for the page to replace
        this.buf = new byte[Math.max(64, initialSize)];
    }

    /**
     * A writer for a piece of a page (a {@link Memo} body) whose markers stay in its bytes, for
     * each page that prints it to replace with its own root. It has a buffer of its own: it is
     * written while the page's writer holds the thread's spare one.
     */
    static PageWriter forFragment(int initialSize) {
        return new PageWriter(initialSize);
    }

    @Override
    public void write(String s, int off, int len) {
        if (len > 0) run(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    /**
     * Encodes the characters straight into the page. Freemarker writes every piece of a template's
     * own text this way: making a String of each first (to encode it with getBytes) scanned it
     * twice and copied it three times, a tenth of a page's rendering.
     */
    @Override
    public void write(char[] chars, int off, int len) {
        if (len <= 0) return;
        ensure(3 * len + 4);
        byte[] b = buf;
        int n = count;
        int i = off;
        int end = off + len;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(chars[i])) {
                n = pair(b, n, high, chars[i]);
                i++;
            } else {
                b[n++] = '?';
            }
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                if (c == MARKER_CHAR) maybeMarker = true;
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c; // its low half may start the next write
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])) {
                n = pair(b, n, c, chars[++i]);
            } else {
                b[n++] = '?'; // a lone surrogate, as String.getBytes writes it
            }
        }
        count = n;
    }

    /**
     * Writes {@code s} HTML-escaped as Freemarker's HTML format escapes it ({@code <} {@code >}
     * {@code &} {@code "} {@code '} as {@code &lt;} {@code &gt;} {@code &amp;} {@code &quot;}
     * {@code &#39;}), encoding as it goes.
     */
    void writeEscaped(String s) {
        int len = s.length();
        if (len == 0) return;
        if (pendingHigh != 0 || Character.isHighSurrogate(s.charAt(len - 1))) {
            // A surrogate pair split across writes: the general path keeps the halves together.
            escapedSlowly(s);
            return;
        }
        ensure(6 * len);
        byte[] b = buf;
        int n = count;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> n = put(b, n, LT);
                    case '>' -> n = put(b, n, GT);
                    case '&' -> n = put(b, n, AMP);
                    case '"' -> n = put(b, n, QUOT);
                    case '\'' -> n = put(b, n, APOS);
                    default -> b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                if (c == MARKER_CHAR) maybeMarker = true;
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(s.charAt(i + 1))) {
                n = pair(b, n, c, s.charAt(++i));
            } else {
                b[n++] = '?';
            }
        }
        count = n;
    }

    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] APOS = "&#39;".getBytes(StandardCharsets.US_ASCII);

    private static int put(byte[] b, int n, byte[] entity) {
        System.arraycopy(entity, 0, b, n, entity.length);
        return n + entity.length;
    }

    private void escapedSlowly(String s) {
        try {
            freemarker.template.utility.StringUtil.XHTMLEnc(s, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PageWriter never throws
        }
    }

    private static int pair(byte[] b, int n, char high, char low) {
        int cp = Character.toCodePoint(high, low);
        b[n++] = (byte) (0xF0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[n++] = (byte) (0x80 | (cp & 0x3F));
        return n;
    }

    @Override
    public void write(int c) {
        run(String.valueOf((char) c));
    }

    /**
     * Appends a kept {@link Memo} body. A page's writer puts its root in place of the body's
     * markers as it copies, at the offsets the fragment found once, so a page made mostly of
     * kept bodies (a timeline page; every page's header) is not searched for markers again; a
     * fragment's writer (a body within a body) keeps them.
     */
    void write(Fragment fragment) {
        endLoneHigh();
        byte[] bytes = fragment.bytes();
        int[] markers = fragment.markers();
        if (markers.length == 0 || root == MARKER) {
            if (markers.length > 0) maybeMarker = true;
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, count, bytes.length);
            count += bytes.length;
            return;
        }
        ensure(bytes.length + markers.length * Math.max(0, root.length - MARKER.length));
        count = copyWithRoot(bytes, bytes.length, markers, buf, count);
    }

    /**
     * Copies {@code from[0, length)} into {@code to} at {@code n}, with this page's root in place
     * of the marker at each of {@code markers}; returns the end of what was written.
     */
    private int copyWithRoot(byte[] from, int length, int[] markers, byte[] to, int n) {
        int copied = 0;
        for (int at : markers) {
            System.arraycopy(from, copied, to, n, at - copied);
            n += at - copied;
            System.arraycopy(root, 0, to, n, root.length);
            n += root.length;
            copied = at + MARKER.length;
        }
        System.arraycopy(from, copied, to, n, length - copied);
        return n + length - copied;
    }

    /**
     * A rendered piece of a page, as UTF-8, and where in it the root markers start.
     *
     * @param markers the offsets of the markers, ascending
     */
    record Fragment(byte[] bytes, int[] markers) {
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
        endLoneHigh();
        byte[] page = maybeMarker ? replaceMarkers() : Arrays.copyOf(buf, count);
        if (buf.length <= SPARE_LIMIT) SPARE.set(buf);
        buf = null;
        return page;
    }

    /** The fragment's bytes, markers and all, and where its markers are; see {@link #forFragment}. */
    Fragment fragment() {
        endLoneHigh();
        return new Fragment(Arrays.copyOf(buf, count), maybeMarker ? markerOffsets() : new int[0]);
    }

    /**
     * Where the encoded markers start, ascending. The encoded marker starts with 0xEF, a byte that
     * only ever starts a character in UTF-8, so a match of its bytes is a match of its characters.
     */
    private int[] markerOffsets() {
        int[] at = new int[8];
        int markers = 0;
        for (int i = 0; i + MARKER.length <= count; i++) {
            if (buf[i] == MARKER[0] && matchesMarkerAt(i)) {
                if (markers == at.length) at = Arrays.copyOf(at, 2 * markers);
                at[markers++] = i;
                i += MARKER.length - 1;
            }
        }
        return Arrays.copyOf(at, markers);
    }

    /** A high surrogate held at the end, with no low one after it, is written as String.getBytes writes it. */
    private void endLoneHigh() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = '?';
        }
    }

    /** The bytes with each encoded marker replaced, made at their final size so the page is copied once. */
    private byte[] replaceMarkers() {
        int[] markers = markerOffsets();
        byte[] out = new byte[count + markers.length * (root.length - MARKER.length)];
        copyWithRoot(buf, count, markers, out, 0);
        return out;
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
