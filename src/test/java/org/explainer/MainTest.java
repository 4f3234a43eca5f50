package org.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void buildsAnyContentFolderAndPrintsOneSummaryLine() {
        Path out = dir.resolve("out");
        Run r = run("build", "--content", TestFiles.BASIC.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("Built 2\\d pages \\(\\d+ files, \\d+ KB\\) into .* in \\d+ ms; 3 quotes, 1 unverified; search (on|off)\\n"), r.out());
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void leavesSearchOutWhenAskedTo() {
        Path out = dir.resolve("plain");
        Run r = run("build", "--no-search", "--content", TestFiles.BASIC.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("; search off\n"), r.out());
        assertFalse(Files.exists(out.resolve("search/index.html")));
        assertFalse(Files.exists(out.resolve("pagefind")));
    }

    @Test
    void printsNothingWithQuietAndStageAndTemplateTimesWithVerbose() {
        assertEquals("", run("build", "-q", "--content", TestFiles.BASIC.toString(), "--out", dir.resolve("q").toString()).out());
        String verbose = run("build", "-v", "--content", TestFiles.BASIC.toString(), "--out", dir.resolve("v").toString()).out();
        // The stages in the order they ran, then every page template with its page count.
        assertTrue(verbose.matches("(?s).*stages \\(ms\\): \\{load=\\d+, validate=\\d+, link=\\d+, render=\\d+, write=\\d+}\n.*"), verbose);
        assertTrue(verbose.matches("(?s).*templates \\(ms, summed over threads\\): .*milestone\\.ftlh \\d+ \\(\\d+ pages, \\d+ \u00B5s each\\).*"), verbose);
        assertTrue(verbose.contains("home.ftlh ") && verbose.contains(" (1 page)"), verbose);
    }

    @Test
    void exitsWithOneAndPrintsEveryProblemWithItsPathAndNoStackTrace() {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        TestFiles.write(content, "actors/mayor.md", "---\nname: Mayor\nkind: person\nrole: Mayor\nsied: council\n---\n");
        Run r = run("build", "--content", content.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.code());
        String file = content.resolve("actors/mayor.md").toString();
        assertEquals(file + ":5:1: unknown field 'sied'\n    hint: did you mean 'side'?\n"
                + "1 problem found; nothing was written, the output folder is as it was.\n", r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void namesTemplateProblemsFromTheTemplatesFolder() throws Exception {
        Path templates = dir.resolve("templates");
        TestFiles.copyTree(TestFiles.TEMPLATES, templates);
        Files.writeString(templates.resolve("page.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n<h1>${page.nonsense}</h1>\n</@layout.page>\n");
        Run r = run("build", "--content", TestFiles.BASIC.toString(), "--templates", templates.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(templates.resolve("page.ftlh") + ":3:7: 'page.nonsense' is missing or null"), r.err());
    }

    /**
     * The templates are parsed while the content is checked, but problems still come in pipeline
     * order: the content's first, then the templates', then the Markdown links'.
     */
    @Test
    void reportsContentProblemsBeforeTemplateProblemsAndTemplateProblemsBeforeMarkdownOnes() throws Exception {
        Path templates = dir.resolve("templates");
        TestFiles.copyTree(TestFiles.TEMPLATES, templates);
        Files.writeString(templates.resolve("page.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n<#if>\n</@layout.page>\n");
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        // A side that does not exist is found when the content is checked, after it is loaded.
        TestFiles.write(content, "actors/mayor.md", "---\nname: Mayor\nkind: person\nrole: Mayor\nside: nowhere\n---\n");
        Run broken = run("build", "--content", content.toString(), "--templates", templates.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().startsWith(content.resolve("actors/mayor.md") + ":5:"), broken.err());
        assertTrue(broken.err().contains("there is no side 'nowhere' in site.yaml"), broken.err());
        assertFalse(broken.err().contains("page.ftlh"), broken.err());

        TestFiles.write(content, "actors/mayor.md", "---\nname: Mayor\nkind: person\nrole: Mayor\nside: council\n---\n"
                + "See [the strike](/milestones/no-such-event/).\n");
        Run markdown = run("build", "--content", content.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, markdown.code());
        assertTrue(markdown.err().startsWith(content.resolve("actors/mayor.md") + ":"), markdown.err());
        assertTrue(markdown.err().contains("milestones/no-such-event"), markdown.err());
        Run both = run("build", "--content", content.toString(), "--templates", templates.toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, both.code());
        assertTrue(both.err().startsWith(templates.resolve("page.ftlh") + ":"), both.err());
        assertFalse(both.err().contains("no-such-event"), both.err());
    }

    @Test
    void checkFindsTheSameProblemsAndWritesNothing() {
        Run ok = run("check", "--content", TestFiles.BASIC.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("Checked: no problems."));
        assertFalse(Files.exists(Path.of("site-should-not-exist")));
    }

    @Test
    void exitsWithTwoOnWrongUsage() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run().code());
        assertEquals(2, run("build", "--base-url", "not a url", "--content", TestFiles.BASIC.toString()).code());
    }

    @Test
    void answersHelpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("check"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("explainer "));
    }

    @Test
    void namesTheWrongOptionOrValueAndShowsTheCommandsHelp() {
        Run unknown = run("build", "--outt", "x");
        assertTrue(unknown.err().startsWith("Unknown option: '--outt'\nUsage: explainer build [OPTIONS]\n"), unknown.err());
        Run missing = run("build", "--out");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Missing required parameter for option '--out' (DIR)\n"), missing.err());
        Run stray = run("check", "content");
        assertEquals(2, stray.code());
        assertTrue(stray.err().startsWith("Unexpected argument: 'content'\n"), stray.err());
        Run port = run("serve", "--port", "eighty");
        assertEquals(2, port.code());
        assertTrue(port.err().startsWith("Invalid value for option '--port': 'eighty' is not a port (0 to 65535)\n"), port.err());
        assertEquals(2, run("nonsense").code());
    }

    @Test
    void takesOptionValuesAfterAnEqualsSign() {
        Path out = dir.resolve("eq");
        Run r = run("build", "--quiet", "--content=" + TestFiles.BASIC, "--out=" + out, "--no-search");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    @Test
    void describesEachCommandsOptionsOnHelp() {
        Run build = run("build", "--help");
        assertEquals(0, build.code());
        assertTrue(build.out().contains("  --out=DIR ") && build.out().contains("  -q, --quiet "), build.out());
        Run serve = run("help", "serve");
        assertEquals(0, serve.code());
        assertTrue(serve.out().contains("  --port=N ") && serve.out().contains("  --host=HOST "), serve.out());
    }
}
