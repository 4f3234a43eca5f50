package org.explainer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.explainer.TestFiles;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path dir;

    private static OutputFile made(String path, String text) {
        return new OutputFile.Made(path, () -> text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheOutputWholeSoStaleFilesDisappear() throws Exception {
        Path out = dir.resolve("site");
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("old.html", "old")), List.of(), p -> { });
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("new/index.html", "new")), List.of(), p -> { });
        assertTrue(Files.exists(out.resolve("new/index.html")));
        assertTrue(Files.notExists(out.resolve("old.html")));
    }

    @Test
    void leavesTheOutputUntouchedWhenAFileFailsToRender() {
        Path out = dir.resolve("site");
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a.html", "first")), List.of(), p -> { });
        var before = TestFiles.snapshot(out);
        OutputFile failing = new OutputFile.Made("b.html", () -> {
            throw ContentException.single("render", new Problem("page.ftlh", 3, 5, "boom", ""));
        });
        ContentException e = assertThrows(ContentException.class, () ->
                OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a.html", "second"), failing), List.of(), p -> { }));
        assertEquals("page.ftlh:3:5: boom", e.problems().get(0).toString());
        assertEquals(before.keySet(), TestFiles.snapshot(out).keySet());
        assertEquals("first", new String(TestFiles.snapshot(out).get("a.html"), StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve(".site.building")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws Exception {
        Path out = dir.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "precious");
        ContentException e = assertThrows(ContentException.class,
                () -> OutputWriter.write(out, List.of(made("index.html", "x")), List.of(), p -> { }));
        assertTrue(e.problems().get(0).message().contains("was not made by the explainer"));
        assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
    }

    @Test
    void refusesAnOutputFolderThatContainsTheContent() {
        Path content = dir.resolve("project/content");
        ContentException e = assertThrows(ContentException.class,
                () -> OutputWriter.write(dir.resolve("project"), List.of(made("index.html", "x")), List.of(content), p -> { }));
        assertTrue(e.problems().get(0).message().startsWith("the output folder overlaps"));
    }

    @Test
    void reportsTwoItemsWritingTheSameFile() {
        ContentException e = assertThrows(ContentException.class, () -> OutputWriter.write(dir.resolve("s"),
                List.of(made("about/index.html", "a"), made("about/index.html", "b")), List.of(), p -> { }));
        assertEquals("about/index.html: two items would both be written to about/index.html (hint: rename one of them)",
                e.problems().get(0).toString());
    }

    @Test
    void reportsAFileAndAFolderOfOneNameRatherThanTheWriteFailureItCausesAndKeepsTheOutput() {
        Path out = dir.resolve("site");
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a.html", "first")), List.of(), p -> { });
        var before = TestFiles.snapshot(out);
        // The collision check runs beside the writers, and one of these two cannot be written
        // (a folder where the file "about" is, or the other way round).
        ContentException e = assertThrows(ContentException.class, () -> OutputWriter.write(out,
                List.of(made(".nojekyll", ""), made("about", "a file"), made("about/index.html", "a page")), List.of(), p -> { }));
        assertEquals("about: a file and a folder would both be called about (hint: rename one of them)",
                e.problems().get(0).toString());
        assertEquals(before.keySet(), TestFiles.snapshot(out).keySet());
        assertTrue(Files.notExists(dir.resolve(".site.building")));
    }

    private static OutputFile streamed(String path, String text) {
        return new OutputFile.Streamed(path, w -> w.write(text));
    }

    /** Every entry under {@code root}: "dir", "link" or the file's text, by path. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.put(rel, Files.isSymbolicLink(p) ? "link"
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void keepsTheOutputARebuildReplacesBesideItExactlyAsItWas() {
        Path out = dir.resolve("site");
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a/index.html", "first")), List.of(), p -> { });
        Map<String, String> first = tree(out);
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("b/index.html", "second")), List.of(), p -> { });
        assertEquals(first, tree(dir.resolve(".site.previous")));
        assertEquals("second", tree(out).get("b/index.html"));
    }

    @Test
    void aRebuildOverAKeptOutputWritesExactlyWhatAFreshBuildWrites() throws IOException {
        Path out = dir.resolve("site");
        List<OutputFile> before = List.of(made(".nojekyll", ""), made("same.html", "unchanged"),
                made("longer.html", "short"), made("shorter.html", "a much longer text than the new one"),
                made("gone/index.html", "stale page"), made("gone/deeper/index.html", "stale too"),
                made("becomes-folder", "a file where a folder will be"), made("becomes-file/index.html", "x"),
                streamed("data/big.json", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"));
        List<OutputFile> after = List.of(made(".nojekyll", ""), made("same.html", "unchanged"),
                made("longer.html", "now a good deal longer"), made("shorter.html", "brief"),
                made("becomes-folder/index.html", "a page in a folder"), made("becomes-file", "a file now"),
                made("new/page/index.html", "new"), streamed("data/big.json", "[]"));
        OutputWriter.write(out, before, List.of(), p -> { });
        OutputWriter.write(out, before, List.of(), p -> { }); // the first output is now kept beside
        Files.writeString(dir.resolve(".site.previous/edited-by-hand.txt"), "stray");

        OutputWriter.write(out, after, List.of(), p -> { });
        OutputWriter.write(dir.resolve("fresh"), after, List.of(), p -> { });

        assertEquals(tree(dir.resolve("fresh")), tree(out));
        assertEquals(List.of(".site.previous", "fresh", "site"), names(dir));
    }

    @Test
    void leavesAKeptFileWithTheSameBytesAsItWasAndRewritesAChangedOne() throws IOException {
        Path out = dir.resolve("site");
        List<OutputFile> plan = List.of(made(".nojekyll", ""), made("same.html", "unchanged"), made("changed.html", "v1"));
        OutputWriter.write(out, plan, List.of(), p -> { });
        OutputWriter.write(out, plan, List.of(), p -> { });
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Path kept = dir.resolve(".site.previous");
        Files.setLastModifiedTime(kept.resolve("same.html"), old);
        Files.setLastModifiedTime(kept.resolve("changed.html"), old);

        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("same.html", "unchanged"), made("changed.html", "v2")),
                List.of(), p -> { });

        assertEquals(old, Files.getLastModifiedTime(out.resolve("same.html")));
        assertNotEquals(old, Files.getLastModifiedTime(out.resolve("changed.html")));
        assertEquals("v2", Files.readString(out.resolve("changed.html")));
    }

    @Test
    void replacesASymbolicLinkInTheKeptOutputInsteadOfWritingThroughIt() throws IOException {
        Path out = dir.resolve("site");
        Path outside = dir.resolve("precious.txt");
        Files.writeString(outside, "must not change");
        List<OutputFile> plan = List.of(made(".nojekyll", ""), made("page.html", "page"), made("sub/index.html", "sub"),
                made("top/deep/index.html", "deep"));
        OutputWriter.write(out, plan, List.of(), p -> { });
        OutputWriter.write(out, plan, List.of(), p -> { });
        Path kept = dir.resolve(".site.previous");
        Files.delete(kept.resolve("page.html"));
        Files.createSymbolicLink(kept.resolve("page.html"), outside);
        Files.delete(kept.resolve("sub/index.html"));
        Files.delete(kept.resolve("sub"));
        Files.createSymbolicLink(kept.resolve("sub"), dir);
        Files.delete(kept.resolve("top/deep/index.html"));
        Files.delete(kept.resolve("top/deep"));
        Files.createSymbolicLink(kept.resolve("top/deep"), dir);

        OutputWriter.write(out, plan, List.of(), p -> { });

        assertEquals("must not change", Files.readString(outside));
        assertEquals(Map.of(".nojekyll", "", "page.html", "page", "sub", "dir", "sub/index.html", "sub",
                "top", "dir", "top/deep", "dir", "top/deep/index.html", "deep"), tree(out));
        assertFalse(Files.exists(dir.resolve("index.html")));
    }

    @Test
    void aFailedRebuildLeavesTheOutputAsItWasAndTheNextBuildRecovers() throws IOException {
        Path out = dir.resolve("site");
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a.html", "first")), List.of(), p -> { });
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("a.html", "second")), List.of(), p -> { });
        Map<String, String> published = tree(out);
        OutputFile failing = new OutputFile.Made("b.html", () -> {
            throw ContentException.single("render", new Problem("page.ftlh", 3, 5, "boom", ""));
        });

        assertThrows(ContentException.class, () -> OutputWriter.write(out,
                List.of(made(".nojekyll", ""), made("a.html", "third"), made("c.html", "c"), failing), List.of(), p -> { }));

        assertEquals(published, tree(out));
        assertEquals(List.of(".site.previous", "site"), names(dir));
        OutputWriter.write(out, List.of(made(".nojekyll", ""), made("d.html", "fourth")), List.of(), p -> { });
        assertEquals(Map.of(".nojekyll", "", "d.html", "fourth"), tree(out));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
