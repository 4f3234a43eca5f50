package org.explainer.validate;

import static org.explainer.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.explainer.TestFiles;
import org.explainer.load.ContentLoader;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {

    @TempDir
    Path dir;

    private Path site() {
        return TestFiles.copyBasic(dir.resolve("content"));
    }

    private List<String> problems(Path content, boolean drafts) {
        return TestFiles.lines(assertThrows(ContentException.class,
                () -> Validator.validate(ContentLoader.load(content), drafts)));
    }

    @Test
    void acceptsTheBasicSiteAndLeavesDraftsOut() {
        Validated v = Validator.validate(ContentLoader.load(TestFiles.BASIC), false);
        assertEquals(3, v.content().actors().size());
        assertEquals(2, v.verifiedQuotes().size());
        assertEquals(1, v.unverifiedCount());
    }

    @Test
    void buildsDraftsWhenAskedTo() {
        assertEquals(4, Validator.validate(ContentLoader.load(TestFiles.BASIC), true).content().actors().size());
    }

    @Test
    void rejectsAnUnknownActorIdAndNamesTheClosestOnes() {
        Path content = site();
        write(content, "milestones/2021-03-09-talks.md",
                "---\ntitle: Talks\ndate: 2021-03-09\nactors: [mayer, ana-lopez]\nsources: [council-minutes]\n---\n");
        assertEquals(List.of("milestones/2021-03-09-talks.md:4:10: there is no actor 'mayer' (hint: did you mean 'mayor'?)"),
                problems(content, false));
    }

    @Test
    void rejectsAPublishedItemThatRefersToADraft() {
        Path content = site();
        write(content, "quotes/extra.yaml", "- id: adviser-says\n  actor: secret-advisor\n  text: \"Crews walked out in March.\"\n"
                + "  date: 2021-03\n  source: harbour-news\n");
        assertEquals(List.of("quotes/extra.yaml:2:10: the actor 'secret-advisor' is a draft, so it is not published "
                + "(hint: publish it (remove 'draft: true' from actors/secret-advisor.md) or remove this reference)"),
                problems(content, false));
        Validator.validate(ContentLoader.load(content), true); // and builds with --drafts
    }

    @Test
    void rejectsAPageThatWouldTakeABuiltInAddress() {
        Path content = site();
        write(content, "pages/timeline.md", "---\ntitle: My timeline\n---\n");
        assertEquals(List.of("pages/timeline.md: the page 'timeline' would be published at /timeline/, an address the "
                + "generator uses itself (hint: rename the file, e.g. pages/about-timeline.md)"), problems(content, false));
    }

    @Test
    void rejectsTheSameQuoteIdInTwoFiles() {
        Path content = site();
        write(content, "quotes/again.yaml", "- id: lopez-fair-toll\n  actor: ana-lopez\n  text: \"x\"\n  date: 2021\n  source: radio-interview\n");
        assertEquals(List.of("quotes/quotes.yaml:1:7: the quote id 'lopez-fair-toll' is used twice (first at quotes/again.yaml:1) "
                + "(hint: ids must be unique among quotes)"), problems(content, false));
    }

    @Test
    void rejectsAPositionForASideThatDoesNotExist() {
        Path content = site();
        write(content, "issues/toll-level.md", "---\ntitle: T\nsummary: S\npositions:\n  unoin: \"x\"\nsources: [harbour-news]\n---\n");
        assertEquals(List.of("issues/toll-level.md:5:3: there is no side 'unoin' in site.yaml (hint: did you mean 'union'?)"),
                problems(content, false));
    }

    @Test
    void refusesAMisquoteAndShowsTheClosestPassage() {
        Path content = site();
        write(content, "quotes/quotes.yaml", "- id: lopez-fair-toll\n  actor: ana-lopez\n  text: \"A fair toll is one the crews can live on.\"\n"
                + "  date: 2021-03-09\n  source: council-minutes\n");
        List<String> p = problems(content, false);
        assertEquals(1, p.size());
        assertEquals("quotes/quotes.yaml:3:9: the quote 'lopez-fair-toll' does not appear in its source 'council-minutes' "
                + "(sources/council-minutes.txt) (hint: the closest passage reads \"A fair toll is one the crews can live with.\")", p.get(0));
    }

    @Test
    void verifiesQuotesAcrossLineBreaksCurlyQuotesDashesAndElisions() {
        assertTrue(QuoteCheck.findMismatch("The bridge must pay for itself - every year", "said: “The bridge must\npay for itself — every year").isEmpty());
        assertTrue(QuoteCheck.findMismatch("it's ... the end", "it’s not the end... it's really the end").isEmpty());
        assertTrue(QuoteCheck.findMismatch("the end ... it's", "it's the end").isPresent());
    }
}
