package org.explainer.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Writes text to a channel as UTF-8, a piece at a time as it is given: the same bytes as
 * {@code text.getBytes(UTF_8)} of everything written.
 *
 * <p>Why not a {@code BufferedWriter} over an {@code OutputStreamWriter}: the big streamed files
 * (the JSON exports, 40 MB at 10,000 milestones) arrive in pieces of 64 KB that are already
 * buffered, and that chain copied each piece into a character buffer and then ran it through a
 * charset encoder, where {@link String#getBytes} encodes it in one bulk operation.
 */
final class Utf8ChannelWriter extends Writer {

    private final WritableByteChannel channel;
    /** A high surrogate that ended the last piece, held so a pair split across pieces encodes as one. */
    private char pendingHigh;

    Utf8ChannelWriter(WritableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len > 0) text(s.substring(off, off + len));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > 0) text(new String(chars, off, len));
    }

    @Override
    public void write(int c) throws IOException {
        text(String.valueOf((char) c));
    }

    /** Appends the text itself, not a copy in a character buffer first: Json hands over 64 KB at a time. */
    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        if (!s.isEmpty()) text(s);
        return this;
    }

    private void text(String s) throws IOException {
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            s = s.substring(0, s.length() - 1);
        }
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    private void put(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    /** Nothing is buffered but a held high surrogate, which may still be followed by its low one. */
    @Override
    public void flush() {
    }

    /** Writes a high surrogate still held, with no low one after it, as String.getBytes writes it; the channel stays open. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put(new byte[] {'?'});
        }
    }
}
