package org.explainer.write;

import java.nio.file.Path;
import java.util.function.Supplier;

/** One file of the output: made by the generator, or copied as it is. */
public sealed interface OutputFile {

    /** The path inside the output folder, with forward slashes. */
    String path();

    /**
     * A file the generator makes; {@code bytes} is called once, possibly on another thread.
     *
     * @param path  where it goes
     * @param bytes makes its content
     */
    record Made(String path, Supplier<byte[]> bytes) implements OutputFile {
    }

    /**
     * A file the generator writes as a stream, for big files (the JSON export) that would
     * otherwise be held whole in memory; {@code content} is called once, possibly on another thread.
     *
     * @param path    where it goes
     * @param content writes its text, which is stored as UTF-8
     */
    record Streamed(String path, Content content) implements OutputFile {
    }

    /** Writes a streamed file's text. */
    @FunctionalInterface
    interface Content {
        void writeTo(java.io.Writer out) throws java.io.IOException;
    }

    /**
     * A file copied as it is (static files, assets).
     *
     * @param path   where it goes
     * @param source where it comes from
     */
    record Copied(String path, Path source) implements OutputFile {
    }
}
