package org.explainer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the loader, validator and linker with whole content files: the first byte of an input
 * picks which file it becomes (see {@link #TARGETS}), the rest is written as that file's bytes
 * into a small otherwise valid content folder, and the real pipeline reads it. Anything but a
 * result or a {@link ContentException} fails, and so does a problem without a file or message.
 *
 * <p>Seeds: src/test/resources/org/explainer/fuzz/LoaderFuzzTestInputs/loadsAnyContentFile/.
 * Without JAZZER_FUZZ this runs the seeds only; see docs/security.md for a long run.
 */
class LoaderFuzzTest {

    /** Which file an input becomes, by its first byte: the letter, or the byte modulo the list's size. */
    static final List<String> TARGETS = List.of("actors/a.md", "milestones/m.md", "issues/i.md", "quotes/q.yaml",
            "sources/s.yaml", "figures.yaml", "site.yaml", "pages/p.md", "questions/w.md");
    static final String LETTERS = "amiqsfypw";

    static final String SITE = """
            title: "Fuzz"
            description: "A fuzzed dispute."
            baseUrl: "https://example.org/"
            sides:
              - id: one
                label: "One"
              - id: two
                label: "Two"
            """;

    static Path root;
    static Path previous;

    @BeforeAll
    static void makeFolder() throws IOException {
        root = Files.createTempDirectory("explainer-fuzz");
        Files.createDirectories(root.resolve("content"));
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @FuzzTest(maxDuration = "20s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void loadsAnyContentFile(byte[] input) throws IOException {
        if (input.length == 0) return;
        int letter = LETTERS.indexOf(input[0]);
        String target = TARGETS.get(letter >= 0 ? letter : Math.floorMod(input[0], TARGETS.size()));
        Path content = root.resolve("content");
        // Only the fuzzed file changes between inputs; the folder is made once per input kind.
        if (previous != null) Files.deleteIfExists(previous);
        Files.writeString(content.resolve("site.yaml"), SITE);
        Path file = content.resolve(target);
        previous = file;
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.Arrays.copyOfRange(input, 1, input.length));
        try {
            Builder.model(BuildOptions.of(content, root.resolve("templates"), root.resolve("out")));
        } catch (ContentException e) {
            for (Problem p : e.problems()) {
                if (p.file().isEmpty() || p.message() == null || p.message().isBlank()) {
                    throw new AssertionError("a problem a person cannot act on: " + p);
                }
            }
        }
    }

}
