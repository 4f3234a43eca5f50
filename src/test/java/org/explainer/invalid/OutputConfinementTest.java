package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.explainer.build.Builder;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes only its output folder and, from the second build on, the hidden sibling
 * where it keeps the output a build replaced ({@code .site.previous}, rewritten in place by the
 * next build): everything else beside, above and around them is byte for byte the same after a
 * build, successful or not, and its temporary sibling is gone.
 */
class OutputConfinementTest {

    @TempDir
    Path tmp;

    private Path prepareNeighbours() throws IOException {
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        Files.writeString(tmp.resolve("a/notes.txt"), "beside the output");
        Files.writeString(tmp.resolve("b/other.txt"), "elsewhere");
        Files.writeString(tmp.resolve("top.txt"), "above the output");
        return tmp.resolve("a/site");
    }

    /** The snapshot of {@code tmp} without the output folder itself and its kept predecessor. */
    private SortedMap<String, String> outside(Path out) {
        String prefix = tmp.relativize(out).toString().replace('\\', '/') + "/";
        String kept = tmp.relativize(kept(out)).toString().replace('\\', '/') + "/";
        SortedMap<String, String> all = new TreeMap<>(Sites.snapshot(tmp));
        all.keySet().removeIf(k -> k.startsWith(prefix) || k.startsWith(kept));
        return all;
    }

    @Test
    void aBuildChangesOnlyItsOutputFolder(@TempDir Path elsewhere) throws IOException {
        Path out = prepareNeighbours();
        Sites.Site site = Sites.assemble(null, elsewhere);
        Sites.buildBase(elsewhere.resolve("first"), out);
        Files.writeString(site.content().resolve("pages/about.md"), "---\ntitle: \"About us\"\n---\nChanged.\n");
        SortedMap<String, String> before = outside(out);
        SortedMap<String, String> outputBefore = Sites.snapshot(out);

        Builder.build(site.into(out));

        assertEquals(before, outside(out));
        assertNotEquals(outputBefore, Sites.snapshot(out), "the rebuild should have changed the output");
        assertEquals(outputBefore, Sites.snapshot(kept(out)), "the replaced output is kept as it was");
        assertFalse(Files.exists(tmp.resolve("a/.site.building")));
    }

    @Test
    void aFailedRebuildChangesNothingButTheKeptOutputItRewrites(@TempDir Path elsewhere) throws IOException {
        Path out = prepareNeighbours();
        Sites.buildBase(elsewhere.resolve("first"), out);
        Sites.buildBase(elsewhere.resolve("second"), out);
        Sites.Site broken = Sites.assemble("template-missing-variable", elsewhere.resolve("broken"));
        SortedMap<String, String> before = outside(out);
        SortedMap<String, String> outputBefore = Sites.snapshot(out);

        assertThrows(ContentException.class, () -> Builder.build(broken.into(out)));

        assertEquals(before, outside(out));
        assertEquals(outputBefore, Sites.snapshot(out));
        assertFalse(Files.exists(tmp.resolve("a/.site.building")));
    }

    private static Path kept(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".previous");
    }

    @Test
    void aFailedBuildChangesNothingAtAll(@TempDir Path elsewhere) throws IOException {
        Path out = prepareNeighbours();
        Sites.buildBase(elsewhere.resolve("first"), out);
        Sites.Site broken = Sites.assemble("template-missing-variable", elsewhere.resolve("broken"));
        SortedMap<String, String> before = Sites.snapshot(tmp);

        assertThrows(ContentException.class, () -> Builder.build(broken.into(out)));

        assertEquals(before, Sites.snapshot(tmp));
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake(@TempDir Path elsewhere) throws IOException {
        prepareNeighbours();
        Path out = tmp.resolve("b");
        Sites.Site site = Sites.assemble(null, elsewhere);
        SortedMap<String, String> before = Sites.snapshot(tmp);

        ContentException e = assertThrows(ContentException.class, () -> Builder.build(site.into(out)));

        assertEquals(out.toAbsolutePath().normalize() + ": the output folder is not empty and was not made by the"
                + " explainer (hint: a build replaces its output folder whole; choose an empty or new folder)",
                e.problems().get(0).toString());
        assertEquals(before, Sites.snapshot(tmp));
    }
}
