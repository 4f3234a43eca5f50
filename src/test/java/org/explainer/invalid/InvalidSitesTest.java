package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.explainer.build.Builder;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of src/test/resources/sites-invalid: a broken case must fail with exactly the
 * problems in its expected.txt and leave a previous build byte for byte as it was; a case with an
 * empty expected.txt must build.
 */
class InvalidSitesTest {

    /** Generous: a case that takes longer is hanging or expanding a bomb, not being slow. */
    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path shared;
    static Path previous;
    static SortedMap<String, String> previousSnapshot;

    @BeforeAll
    static void buildPreviousOutput() {
        previous = shared.resolve("previous/site");
        Sites.buildBase(shared.resolve("base"), previous);
        previousSnapshot = Sites.snapshot(previous);
    }

    static Stream<String> brokenCases() {
        return Sites.caseNames().stream().filter(n -> !Sites.expected(n).isEmpty());
    }

    static Stream<String> acceptedCases() {
        return Sites.caseNames().stream().filter(n -> Sites.expected(n).isEmpty());
    }

    @Test
    void everyCaseHasAnExpectedFile() {
        List<String> names = Sites.caseNames();
        assertTrue(names.size() >= 50, "the corpus shrank: " + names.size() + " cases");
        for (String name : names) {
            assertTrue(Files.isRegularFile(Sites.CORPUS.resolve(name).resolve("expected.txt")), name + "/expected.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCases")
    void failsWithExactlyTheExpectedProblemsAndKeepsThePreviousOutput(String name, @TempDir Path work) {
        Sites.Site site = Sites.assemble(name, work);
        Path out = work.resolve("out/site");
        Sites.copyTree(previous, out);
        assertEquals(previousSnapshot, Sites.snapshot(out), "the copy of the previous build");

        ContentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Builder.build(site.into(out))));

        assertEquals(String.join("\n", Sites.expected(name)),
                String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        assertEquals(previousSnapshot, Sites.snapshot(out), "the previous output must be untouched");
        assertEquals(List.of("site"), listNames(work.resolve("out")), "no temporary folder may be left beside it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedCases")
    void buildsAcceptedOddities(String name, @TempDir Path work) {
        Sites.Site site = Sites.assemble(name, work);
        Path out = work.resolve("out/site");
        assertTimeoutPreemptively(BOUND, () -> Builder.build(site.into(out)));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(work.resolve("out/.site.building")));
    }

    static List<String> listNames(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
