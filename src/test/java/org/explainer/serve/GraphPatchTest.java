package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.explainer.TestFiles;
import org.explainer.link.Graph;
import org.explainer.link.Linker;
import org.explainer.load.ContentLoader;
import org.explainer.model.Content;
import org.explainer.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patched graph is the graph validating and linking the edited content would make, or none. */
class GraphPatchTest {

    @TempDir
    Path dir;

    private static Graph link(Content content, boolean drafts) {
        return Linker.link(Validator.validate(content, drafts));
    }

    private static void edit(Path content, String file, String from, String to) throws IOException {
        Path p = content.resolve(file);
        String before = Files.readString(p);
        if (!before.contains(from)) throw new AssertionError(file + " has no '" + from + "'");
        Files.writeString(p, before.replace(from, to));
    }

    /** The patched graph after the edits {@code edit} makes, checked against a full link; null when not patched. */
    private Graph patched(Path content, boolean drafts, Edit edit) throws IOException {
        Content before = ContentLoader.load(content);
        Graph graph = link(before, drafts);
        edit.apply(content);
        Content after = ContentLoader.load(content);
        Set<String> edited = Changes.between(before, after);
        assertNotNull(edited, "a text-only edit");
        Graph patched = GraphPatch.apply(graph, after, edited);
        if (patched != null) assertEquals(link(after, drafts), patched);
        return patched;
    }

    @FunctionalInterface
    interface Edit {
        void apply(Path content) throws IOException;
    }

    @Test
    void milestoneTitlesAndBodiesArePatchedIntoEveryListThatHoldsThem() throws IOException {
        Path content = dir.resolve("content");
        Preview.copyTree(Path.of("content"), content);
        assertNotNull(patched(content, false, c -> {
            edit(c, "milestones/2016-05-deal-agreed.md", "title: \"Government and BMA", "title: \"Ministers and BMA");
            edit(c, "milestones/2002-consultants-reject-contract.md", "\n---\n", "\n---\nA sentence added.\n\n");
        }));
    }

    @Test
    void aQuoteNoSourceTextChecksIsPatched() throws IOException {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        assertNotNull(patched(content, false, c -> edit(c, "quotes/quotes.yaml", "We will be back.", "We will come back.")));
    }

    @Test
    void aQuoteCheckedAgainstItsSourceIsValidatedInFull() throws IOException {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        assertNull(patched(content, false, c -> edit(c, "quotes/quotes.yaml", "Speaking after the talks.", "After the talks.")));
    }

    @Test
    void actorsAreOrderedByNameSoTheirEditsAreLinkedInFull() throws IOException {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        assertNull(patched(content, false, c -> edit(c, "actors/ana-lopez.md", "name: \"", "name: \"Zz ")));
    }

    @Test
    void anEditedDraftLeftOutOfTheBuildLeavesTheGraphAsItWas() throws IOException {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        Files.writeString(content.resolve("milestones/2021-05-draft.md"), Files.readString(
                content.resolve("milestones/2021-03-strike.md")).replace("\n---\n", "\ndraft: true\n---\n"));
        Content before = ContentLoader.load(content);
        Graph graph = link(before, false);
        edit(content, "milestones/2021-05-draft.md", "title: \"", "title: \"Draft: ");
        Content after = ContentLoader.load(content);
        assertEquals(graph, GraphPatch.apply(graph, after, Changes.between(before, after)));
        assertEquals(link(after, false), graph);
        // Built with drafts, the same edit is patched in.
        assertNotNull(patched(content, true, c -> edit(c, "milestones/2021-05-draft.md", "title: \"Draft: ", "title: \"Draft, again: ")));
    }
}
