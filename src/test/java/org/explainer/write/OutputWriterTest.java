package org.explainer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
