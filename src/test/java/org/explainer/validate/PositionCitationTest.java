package org.explainer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.explainer.TestFiles;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.load.ContentLoader;
import org.explainer.model.Issue;
import org.explainer.model.Ref;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An issue position may cite its own sources: {@code side: {text: ..., sources: [ids]}}. */
class PositionCitationTest {

    @TempDir
    Path dir;

    private Path siteWithIssue(String positions) {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        TestFiles.write(content, "issues/toll-level.md", "---\n"
                + "title: \"How high the toll should be\"\n"
                + "summary: \"Whether the toll should cover the bridge's full cost.\"\n"
                + "positions:\n" + positions
                + "sources: [harbour-news]\n"
                + "---\nBackground.\n");
        return content;
    }

    @Test
    void readsBothThePlainAndTheLongFormOfAPosition() {
        Path content = siteWithIssue("""
                  union: "A toll low enough for crews."
                  council:
                    text: |
                      The bridge must pay for itself.
                    sources: [council-minutes, radio-interview]
                """);
        Issue issue = ContentLoader.load(content).issues().get(0);
        assertEquals(List.of("union", "council"), issue.positions().stream().map(p -> p.side().id()).toList());
        assertEquals(List.of(), issue.positions().get(0).sources());
        assertEquals(List.of("council-minutes", "radio-interview"),
                issue.positions().get(1).sources().stream().map(Ref::id).toList());
        assertEquals("The bridge must pay for itself.\n", issue.positions().get(1).text().text());
        assertEquals(8, issue.positions().get(1).text().start().line()); // the block's first line
    }

    @Test
    void listsThePositionAmongTheCitationsOfItsSources() {
        Path content = siteWithIssue("""
                  union: "A toll low enough for crews."
                  council: {text: "The bridge must pay for itself.", sources: [radio-interview]}
                """);
        Graph g = Builder.model(BuildOptions.of(content, TestFiles.TEMPLATES, dir.resolve("out")));
        Graph.Citations radio = g.citationsOf("radio-interview");
        assertEquals(List.of("toll-level"), radio.issues().stream().map(Issue::id).toList());
        assertEquals(List.of("toll-level:council"),
                radio.positions().stream().map(p -> p.issue().id() + ":" + p.side()).toList());
        assertEquals(List.of(), g.citationsOf("harbour-news").positions());
        assertEquals(List.of("toll-level"), g.citationsOf("harbour-news").issues().stream().map(Issue::id).toList());
    }

    @Test
    void rejectsAnUnknownSourceInAPosition() {
        Path content = siteWithIssue("""
                  union: "A toll low enough for crews."
                  council: {text: "The bridge must pay.", sources: [council-minute]}
                """);
        ContentException e = assertThrows(ContentException.class,
                () -> Validator.validate(ContentLoader.load(content), false));
        assertEquals(List.of("issues/toll-level.md:6:53: there is no source 'council-minute'"
                + " (hint: did you mean 'council-minutes'?)"), TestFiles.lines(e));
    }

    @Test
    void rejectsAMisspeltFieldOrAListAsAPosition() {
        Path content = siteWithIssue("""
                  union: {txt: "A toll low enough for crews."}
                  council: ["a list"]
                """);
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        assertEquals(List.of(
                // the misspelt field's hint says what is missing, so "text is missing" is not repeated
                "issues/toll-level.md:5:11: unknown field 'txt' (hint: did you mean 'text'?)",
                "issues/toll-level.md:6:12: 'council' in 'positions' must be text or a set of fields, not a list"
                        + " (hint: write the text, or 'text: ...' and 'sources: [ids]' on their own lines)"),
                TestFiles.lines(e));
    }

    @Test
    void rejectsAPositionWithSourcesButNoText() {
        Path content = siteWithIssue("""
                  union: {sources: [harbour-news]}
                  council: "The bridge must pay."
                """);
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(content));
        assertEquals(List.of("issues/toll-level.md:5:10: the required field 'text' is missing"
                + " (hint: add a line 'text: ...')"), TestFiles.lines(e));
    }
}
