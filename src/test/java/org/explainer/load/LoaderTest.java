package org.explainer.load;

import static org.explainer.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.explainer.TestFiles;
import org.explainer.model.Actor;
import org.explainer.model.Content;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

    @TempDir
    Path dir;

    private Path site() {
        return TestFiles.copyBasic(dir.resolve("content"));
    }

    private List<String> problems(Path content) {
        return TestFiles.lines(assertThrows(ContentException.class, () -> ContentLoader.load(content)));
    }

    @Test
    void loadsEveryKindOfItemFromTheBasicSite() {
        Content c = ContentLoader.load(TestFiles.BASIC);
        assertEquals(4, c.actors().size());
        assertEquals(4, c.milestones().size());
        assertEquals(3, c.quotes().size());
        assertEquals(3, c.sources().size());
        assertEquals(1, c.issues().size());
        assertEquals(2, c.questions().size());
        assertEquals(List.of("crews", "toll"), c.figures().stream().map(f -> f.id()).toList());
        assertEquals(2, c.pages().size());
        assertEquals(List.of("assets/map.png"), c.assets());
        assertEquals("en-GB", c.site().language());
        assertEquals("/harbour/", c.site().basePath());
    }

    @Test
    void readsYamlAsWrittenWithoutYaml11Surprises() {
        Path content = site();
        write(content, "actors/no.md", "---\nname: no\nkind: person\nrole: 012\nside: union\naliases: [yes, off, 0x1F]\n---\n");
        write(content, "quotes/more.yaml", "- id: '012'\n  actor: no\n  text: Crews walked out in March.\n  date: 2021-03\n  source: harbour-news\n");
        Content c = ContentLoader.load(content);
        Actor no = c.actors().stream().filter(a -> a.id().equals("no")).findFirst().orElseThrow();
        assertEquals("no", no.name());
        assertEquals("012", no.role());
        assertEquals(List.of("yes", "off", "0x1F"), no.aliases());
        assertEquals("2021-03", c.quotes().stream().filter(q -> q.id().equals("012")).findFirst().orElseThrow().date().iso());
    }

    @Test
    void reportsAMisspeltFieldWithTheRightNameAndNotAlsoAsMissing() {
        Path content = site();
        write(content, "milestones/2020-toll-proposed.md",
                "---\ntitle: \"Council proposes a bridge toll\"\ndate: 2020\nactros: [mayor]\nsources: [harbour-news]\n---\nBody.\n");
        assertEquals(List.of("milestones/2020-toll-proposed.md:4:1: unknown field 'actros' (hint: did you mean 'actors'?)"),
                problems(content));
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneRunSorted() {
        Path content = site();
        write(content, "actors/mayor.md", "---\nname: \"Mayor\"\nkind: robot\nrole: \"Mayor\"\n---\n");
        write(content, "milestones/2021-03-09-talks.md", "---\ntitle: Talks\ndate: 2021-02-30\nsources: harbour-news\n---\n");
        assertEquals(List.of(
                "actors/mayor.md:2:1: the required field 'side' is missing (hint: add a line 'side: ...')",
                "actors/mayor.md:3:7: the field 'kind' must be one of person, organisation, not 'robot' (hint: )".replace(" (hint: )", ""),
                "milestones/2021-03-09-talks.md:3:7: the field 'date' is not a real date: '2021-02-30' (hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2016-02-11, 2016-05 or 2016)",
                "milestones/2021-03-09-talks.md:4:10: the field 'sources' must be a list of ids (hint: write it as [harbour-news])"),
                problems(content));
    }

    @Test
    void namesTheFileAndPlaceOfAYamlSyntaxError() {
        Path content = site();
        write(content, "issues/toll-level.md", "---\ntitle: \"How high\nsummary: x\n---\n");
        List<String> p = problems(content);
        assertEquals(1, p.size());
        assertEquals(true, p.get(0).startsWith("issues/toll-level.md:"), p.get(0));
        assertEquals(true, p.get(0).contains("YAML syntax"), p.get(0));
    }

    @Test
    void explainsAFileWithoutFrontMatter() {
        Path content = site();
        write(content, "pages/about.md", "# About\n\nNo front matter here.\n");
        write(content, "pages/open.md", "---\ntitle: Open\n\nNever closed.\n");
        assertEquals(List.of(
                "pages/about.md:1:1: no front matter: the file must start with a line '---' (hint: start the file with a line '---', then the fields, then another '---' before the text)",
                "pages/open.md:1:1: the front matter is not closed: no second '---' line (hint: add a line '---' after the last field, before the text)"),
                problems(content));
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndingsAndKeepsPositionsRight() throws Exception {
        Path content = site();
        String crlf = "\uFEFF---\r\ntitle: \"Talks\"\r\ndate: 2021-03-09\r\nsources: [council-minutes]\r\nkind: talks\r\nstatus: maybe\r\n---\r\nBody.\r\n";
        Files.write(content.resolve("milestones/2021-03-09-talks.md"), crlf.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("milestones/2021-03-09-talks.md:6:9: the field 'status' must be one of happened, planned, called-off, not 'maybe'"),
                problems(content));
    }

    @Test
    void placesInvalidUtf8AtItsLineAndColumn() throws Exception {
        Path content = site();
        byte[] bad = "---\ntitle: caf\u00e9 \n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(bad, bad.length + 1);
        bytes[bytes.length - 2] = (byte) 0xC3;
        bytes[bytes.length - 1] = (byte) 0x28;
        Files.write(content.resolve("pages/about.md"), bytes);
        assertEquals(List.of("pages/about.md:2:13: the file is not valid UTF-8 (byte 0xC3) (hint: save the file as UTF-8 in your editor)"),
                problems(content));
    }

    @Test
    void rejectsFileNamesThatAreNotIds() {
        Path content = site();
        write(content, "actors/Jeremy Hunt.md", "---\nname: x\n---\n");
        assertEquals(List.of("actors/Jeremy Hunt.md: 'Jeremy Hunt' is not a valid id (hint: ids use lower-case letters, digits and single hyphens, e.g. 'jeremy-hunt')"),
                problems(content));
    }

    @Test
    void refusesYamlTagsInsteadOfConstructingAnything() {
        Path content = site();
        write(content, "figures.yaml", "- id: x\n  value: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n  label: y\n  source: harbour-news\n");
        List<String> p = problems(content);
        assertEquals("figures.yaml:2:10: YAML tags are not allowed here ('!!javax.script.ScriptEngineManager') (hint: remove the tag and write plain text)", p.get(0));
    }

    /** An alias is its anchor's node again: its tag is reported once, where it is written, and a node holding itself ends. */
    @Test
    void reportsATagOnceHoweverOftenItsNodeIsAliasedAndEndsOnANodeThatHoldsItself() {
        Path content = site();
        write(content, "figures.yaml", "- id: x\n  value: &v !!binary aGk=\n  label: [*v, *v, *v]\n  source: &s [harbour-news, *s]\n");
        List<String> tagged = problems(content).stream().filter(p -> p.contains("YAML tags")).toList();
        assertEquals(List.of("figures.yaml:2:10: YAML tags are not allowed here ('!!binary') (hint: remove the tag and write plain text)"), tagged);
    }

    @Test
    void flagsAFolderNamedLikeAFileWhereOnlyFilesBelongAndPassesOverItInSources() throws Exception {
        Path content = site();
        Files.createDirectories(content.resolve("milestones/old.md"));
        Files.createDirectories(content.resolve("quotes/more.yaml"));
        Files.createDirectories(content.resolve("sources/texts.yaml"));
        assertEquals(List.of("milestones/old.md: unexpected folder inside milestones/ (hint: milestones/ holds only .md files)",
                        "quotes/more.yaml: unexpected folder inside quotes/ (hint: quotes/ holds only .yaml or .yml files)"),
                problems(content));
    }

    @Test
    void flagsAnUnknownFolderWithTheNameItProbablyMeant() {
        Path content = site();
        write(content, "actor/x.md", "---\n---\n");
        assertEquals(List.of("actor: unexpected folder in the content folder (hint: did you mean 'actors'?)"), problems(content));
    }

    @Test
    void keepsTheMarkdownBodysStartingLineForLaterProblems() {
        Milestone m = ContentLoader.load(TestFiles.BASIC).milestones().stream()
                .filter(x -> x.id().equals("2021-03-strike")).findFirst().orElseThrow();
        assertEquals(8, m.body().start().line());
    }

    /**
     * A million references name a few thousand ids, so each load keeps one copy of each id; and
     * not through String.intern, whose table JDK 17's serial collector walks at every young
     * collection (15 s of an 83 s build at 100,000 milestones).
     */
    @Test
    void referencesToTheSameItemShareOneCopyOfItsIdThatIsNotTheInternedOne() {
        List<Quote> byAna = ContentLoader.load(TestFiles.BASIC).quotes().stream()
                .filter(q -> q.actor().id().equals("ana-lopez")).toList();
        assertEquals(2, byAna.size());
        assertSame(byAna.get(0).actor().id(), byAna.get(1).actor().id());
        assertNotSame("ana-lopez", byAna.get(0).actor().id());
    }
}
