package org.explainer.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.explainer.problem.ContentException;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;

/**
 * A content file read as strict UTF-8, with a byte-order mark dropped and line endings made
 * {@code \n}, so that every later position is counted the same way whatever editor wrote it.
 *
 * @param name         the path relative to the content folder, with forward slashes
 * @param text         the decoded text
 * @param knownVisible whether decoding found no control character in it (see {@link #requireVisible}),
 *                     so that nothing need look again; false when not known
 */
public record TextFile(String name, String text, boolean knownVisible) {

    /** A file whose text has not been looked at for control characters. */
    public TextFile(String name, String text) {
        this(name, text, false);
    }

    /** Content files larger than this are refused: no dispute needs them, and they would slow every build. */
    public static final long MAX_BYTES = 1L << 20;
    /** Plain-text copies of sources may be longer (a report, a transcript). */
    public static final long MAX_SOURCE_TEXT_BYTES = 8L << 20;

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    /** Reads a file, or throws a {@link ContentException} naming the file and the place of bad bytes. */
    public static TextFile read(Path file, String name, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw overLimit(name, size, maxBytes);
            return decode(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw ContentException.single("load", Problem.at(Pos.file(name),
                    "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage(), ""));
        }
    }

    /**
     * The bytes of a plain file, opened without following a symbolic link, or null when the path
     * is not one (a link, a folder, a missing or unreadable file): the caller then reads it the
     * checked way, which reports what is wrong. Over the limit is reported here, as {@link #read} does.
     */
    static byte[] readPlainFile(Path file, String name, long maxBytes) {
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_FOLLOW)) {
            long size = channel.size();
            if (size > maxBytes) throw overLimit(name, size, maxBytes);
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) break;
            }
            // A file that shrank while being read is read again the checked way.
            return buffer.hasRemaining() ? null : buffer.array();
        } catch (IOException e) {
            return null;
        }
    }

    private static ContentException overLimit(String name, long size, long maxBytes) {
        return ContentException.single("load", Problem.at(Pos.file(name),
                "the file is " + size + " bytes, over the limit of " + maxBytes + " bytes",
                "split it into several files, or keep large documents out of content/"));
    }

    static TextFile decode(byte[] bytes, String name) {
        // One look at the bytes first. Most content files are ASCII with neither control
        // characters nor carriage returns, and their text is their bytes as they are: decoding
        // them as ISO-8859-1 is a copy, and each later pass below (and requireVisible's) would
        // find nothing to do. Why: those passes, each a loop over every character under the client
        // compiler, took some 240 ms of CPU for the 16 MB of content of 10,000 milestones; decoding
        // and checking them this way takes 60.
        int kind = classify(bytes);
        if (kind == PLAIN_ASCII) return new TextFile(name, new String(bytes, StandardCharsets.ISO_8859_1), true);
        // The lenient decoder is a bulk copy for ASCII; it gives the strict decoder's text for
        // every valid file, and marks each bad byte with U+FFFD, so only a file holding U+FFFD
        // (bad bytes, or a real replacement character) is decoded again strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) text = strictlyDecoded(bytes, name);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // U+FFFF is a noncharacter; the renderer uses it as a private marker (MarkdownRenderer.ROOT).
        text = text.replace('\uFFFF', '\uFFFD');
        return new TextFile(name, text, (kind & CONTROL) == 0);
    }

    /** What {@link #classify} finds: only printable ASCII, tabs and newlines; or else the flags below, or-ed. */
    private static final int PLAIN_ASCII = 0;
    /** A byte over 0x7F or a carriage return: the text is not the bytes as they are. */
    private static final int NEEDS_DECODING = 1;
    /** A control character other than tab, newline and carriage return. */
    private static final int CONTROL = 2;

    /**
     * Whether the bytes are all printable ASCII, tabs and newlines, and if not, what else they hold.
     * A control character of the decoded text ({@link #isControl}) is always a byte of its own in
     * UTF-8, as every byte of a longer sequence is over 0x7F; a carriage return is not one, as the
     * text has none once line endings are made {@code \n}.
     */
    private static int classify(byte[] bytes) {
        int found = PLAIN_ASCII;
        for (byte b : bytes) {
            if (b >= ' ' && b != 0x7F || b == '\n' || b == '\t') continue;
            found |= b < 0 || b == '\r' ? NEEDS_DECODING : CONTROL;
        }
        return found;
    }

    private static String strictlyDecoded(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ContentException.single("load", badByteProblem(bytes, in.position(), name));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The index of the first control character other than tab and newline, or -1. */
    public static int firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) return i;
        }
        return -1;
    }

    static String withoutControlCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isControl(s.charAt(i))) out.append(s.charAt(i));
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
    }

    /**
     * Refuses control characters in a content file (Markdown or YAML, not a source's text copy,
     * which may carry form feeds from a PDF): they are invisible in an editor, illegal in XML and
     * never meant.
     */
    public TextFile requireVisible() {
        if (knownVisible) return this;
        int at = firstControlCharacter(text);
        if (at < 0) return this;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw ContentException.single("load", new Problem(name, line, at - lineStart + 1,
                String.format("the file contains an invisible control character (U+%04X)", (int) text.charAt(at)),
                "delete it; your editor may show it as a box or not at all"));
    }

    private static Problem badByteProblem(byte[] bytes, int at, String name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column;
        try {
            column = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, at - lineStart))
                    .length() + 1;
        } catch (CharacterCodingException e) {
            column = at - lineStart + 1;
        }
        return new Problem(name, line, column,
                String.format(java.util.Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X)", bytes[at] & 0xff),
                "save the file as UTF-8 in your editor");
    }
}
