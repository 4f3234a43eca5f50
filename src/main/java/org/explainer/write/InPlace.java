package org.explainer.write;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes one file over what a kept earlier output has at its place: a file with the same bytes
 * is left alone (its modification time too, so a deploy that syncs by time skips it), a different
 * one is overwritten in its own blocks and cut to length instead of being emptied first.
 */
final class InPlace {

    /** A buffer per writing thread for reading back the file a page would replace. */
    private static final ThreadLocal<ByteBuffer> READ_BACK = ThreadLocal.withInitial(() -> ByteBuffer.allocate(1 << 16));

    private InPlace() {
    }

    /** Puts {@code content} at {@code file}; {@code exists} says a kept file is there. */
    static void write(Path file, byte[] content, boolean exists) throws IOException {
        if (!exists) {
            Files.write(file, content);
            return;
        }
        try (FileChannel ch = FileChannel.open(file, READ, WRITE)) {
            if (ch.size() == content.length && holds(ch, content)) return;
            ByteBuffer bytes = ByteBuffer.wrap(content);
            long at = 0;
            while (bytes.hasRemaining()) at += ch.write(bytes, at);
            ch.truncate(content.length);
        }
    }

    /** Streams a big file's text over whatever is at {@code file}; returns its size in bytes. */
    static long stream(Path file, OutputFile.Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, WRITE, CREATE)) {
            Writer out = new Utf8ChannelWriter(ch);
            content.writeTo(out);
            out.close();
            long size = ch.position();
            ch.truncate(size);
            return size;
        }
    }

    /** Copies {@code source} to {@code file} unless a kept file there has the same bytes. */
    static void copy(Path source, Path file, boolean exists) throws IOException {
        if (exists && Files.mismatch(source, file) == -1) return;
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean holds(FileChannel ch, byte[] content) throws IOException {
        ByteBuffer buf = READ_BACK.get();
        int at = 0;
        while (at < content.length) {
            buf.clear();
            int n = ch.read(buf, at);
            if (n <= 0 || at + n > content.length) return false;
            if (!Arrays.equals(buf.array(), 0, n, content, at, at + n)) return false;
            at += n;
        }
        return true;
    }
}
