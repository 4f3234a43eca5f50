package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;

/** The valid fixture sites under {@code src/test/resources/sites/}, each built with the real templates. */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/sites");

    private Fixtures() {
    }

    /**
     * A built fixture.
     *
     * @param name    the fixture's folder name
     * @param out     where it was built
     * @param baseUrl the base URL it was built with
     */
    record Built(String name, Path out, String baseUrl) {
    }

    /** Every fixture folder holding a site: its {@code content/} (or itself) has a site.yaml. */
    static List<Path> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).filter(d -> content(d).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds one fixture into {@code target/it-fixtures/<prefix>-<name>/}, with its own templates if it has any. */
    static Built build(Path fixture, String prefix) {
        String name = fixture.getFileName().toString();
        Path templates = Files.isDirectory(fixture.resolve("templates")) ? fixture.resolve("templates") : Path.of("templates");
        Path out = Path.of("target/it-fixtures").resolve(prefix + "-" + name);
        String base = "https://fixtures.example/" + name + "/";
        Builder.build(BuildOptions.of(content(fixture).orElseThrow(), templates, out).withBaseUrl(base));
        return new Built(name, out, base);
    }

    private static Optional<Path> content(Path fixture) {
        if (Files.isRegularFile(fixture.resolve("content/site.yaml"))) return Optional.of(fixture.resolve("content"));
        if (Files.isRegularFile(fixture.resolve("site.yaml"))) return Optional.of(fixture);
        return Optional.empty();
    }
}
