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
     * A file copied as it is (static files, assets).
     *
     * @param path   where it goes
     * @param source where it comes from
     */
    record Copied(String path, Path source) implements OutputFile {
    }
}
