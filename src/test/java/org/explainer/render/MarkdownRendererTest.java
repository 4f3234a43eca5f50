package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import java.util.Set;
import org.explainer.model.Markdown;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(Set.of("actors/hunt/", "timeline/", "feed.xml", "assets/map.png"));

    private MarkdownRenderer.Rendered render(String text) {
        return renderer.render(new Markdown(text, new Pos("milestones/x.md", 6, 1)));
    }

    private static String html(MarkdownRenderer.Rendered r) {
        return r.html().replace(MarkdownRenderer.ROOT, "ROOT/");
    }

    @Test
    void writesLinksToTheSiteRelativeToTheRootMarker() {
        assertEquals("<p>See <a href=\"ROOT/actors/hunt.html\">Hunt</a> and <a href=\"ROOT/timeline/index.html#y\">t</a>.</p>\n",
                html(render("See [Hunt](/actors/hunt/) and [t](/timeline/#y).")));
    }

    @Test
    void reportsTheParsersOwnFailureAtTheBlockItCannotReadInsteadOfThrowing() {
        // Found by fuzzing: flexmark 0.64.8 throws on a table row indented with tabs.
        MarkdownRenderer.Rendered r = render("Pay over the years.\n\nYear | Pay\n---|---\n\t\t\t\t\t\t\t\t2020 | 3%");
        assertEquals("", r.html());
        assertEquals(List.of("milestones/x.md:8:1: the Markdown parser (flexmark) failed on this text"
                        + " (StringIndexOutOfBoundsException) (hint: a flexmark bug with tables whose lines start with tabs:"
                        + " write those tabs as spaces)"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void acceptsALinkToAFolderWrittenWithoutItsTrailingSlash() {
        assertEquals(List.of(), render("[Hunt](/actors/hunt)").problems());
    }

    @Test
    void reportsABrokenInternalLinkAtItsLineAndColumnWithTheClosestPage() {
        List<Problem> p = render("First line.\n\nThen [him](/actors/hnut/).").problems();
        assertEquals(List.of("milestones/x.md:8:6: the link '/actors/hnut/' leads to no page of the site (hint: did you mean '/actors/hunt/'?)"),
                p.stream().map(Problem::toString).toList());
    }

    @Test
    void refusesRelativeLinksBecauseTheyBreakOnOtherPages() {
        assertEquals("milestones/x.md:6:1: the link '../actors/hunt/' is relative (hint: write links to the site from its root, e.g. /milestones/some-id/ or /actors/)",
                render("[Hunt](../actors/hunt/)").problems().get(0).toString());
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        String h = html(render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> more."));
        assertFalse(h.contains("<script"), h);
        assertFalse(h.contains("<img"), h);
        assertTrue(h.contains("&lt;script&gt;"), h);
    }

    @Test
    void unlinksJavascriptAndDataUrlsInEveryForm() {
        String h = html(render("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html,x) [d][r] ![e](javascript:x)\n\n[r]: vbscript:msgbox"));
        assertFalse(h.toLowerCase().contains("script:"), h);
        assertFalse(h.contains("data:"), h);
        assertTrue(h.contains("a b c d e"), h);
    }

    @Test
    void keepsOrdinaryExternalLinksAndAutolinks() {
        String h = html(render("[x](https://example.org/a?b=1) and www.example.org and mailto:someone@example.org"));
        assertTrue(h.contains("<a href=\"https://example.org/a?b=1\">x</a>"), h);
        assertTrue(h.contains("href=\"http://www.example.org\""), h);
    }

    @Test
    void supportsGfmTablesStrikethroughHeadingIdsAndTypographicQuotes() {
        String h = html(render("## Why it \"matters\"\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\nIt's -- done..."));
        assertTrue(h.contains("<h2 id=\"why-it-matters\">Why it &ldquo;matters&rdquo;</h2>"), h);
        assertTrue(h.contains("<table"), h);
        assertTrue(h.contains("<del>2</del>"), h);
        assertTrue(h.contains("It&rsquo;s &ndash; done&hellip;"), h);
    }

    @Test
    void checksImagesAgainstTheAssets() {
        assertEquals(List.of(), render("![map](/assets/map.png)").problems());
        assertEquals(1, render("![map](/assets/missing.png)").problems().size());
    }

    @Test
    void choosesTheLighterParserOnlyWhereItMakesTheSameHtml() {
        String[] pieces = {"# Title\n", "## Why it matters\n", "\n\n", "\n", "Plain words ", "*emphasis* ",
            "**strong** ", "`code` ", "```\nfenced | pipe\n```\n", "> quoted\n", "- item\n", "1. first\n",
            "[link](/actors/hunt/) ", "![map](/assets/map.png) ", "[ref][r]\n\n[r]: /timeline/\n", "\"said\" ",
            "it's ", "--- ", "... ", "~~gone~~ ", "<b>raw</b> ", "a | b\n", "| h | i |\n|---|---|\n| 1 | 2 |\n",
            "https://example.org/x ", "www.example.org ", "WWW.Example.org ", "someone@example.org ", "ftp://host ",
            "mailto:x@y.z ", "&amp; ", "\\| ", "    indented code\n", "***\n", "Setext\n===\n", "word@ ", "http:/ "};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(25);
            for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(renderer.html(renderer.fullParser(), t), renderer.html(renderer.parserFor(t), t), t);
        }
    }

    /**
     * The build parses each text from a char array ({@link MarkdownRenderer#parse}), where flexmark
     * on its own parses a String: flexmark's renderer must make the same HTML from either, for
     * every kind of block and inline the content format allows.
     */
    @Test
    void parsesTheTextFromAnArrayAsFlexmarkParsesItFromAString() {
        String[] pieces = {"# Title\n", "## Why it matters\n", "\n\n", "\n", "\r\n", "Plain words ", "*emphasis* ",
            "**strong** ", "`code` ", "```\nfenced | pipe\n```\n", "> quoted\n", "- item\n", "1. first\n",
            "[link](/actors/hunt/) ", "![map](/assets/map.png) ", "[ref][r]\n\n[r]: /timeline/\n", "\"said\" ",
            "it's ", "--- ", "... ", "~~gone~~ ", "<b>raw</b> ", "| h | i |\n|---|---|\n| 1 | 2 |\n",
            "https://example.org/x ", "www.example.org ", "someone@example.org ", "&amp; ", "&copy; ", "\\| ",
            "    indented code\n", "***\n", "Setext\n===\n", "é “curly” 😀 ", "\u0000", "\t", "\\*"};
        java.util.Random random = new java.util.Random(23);
        Parser parser = renderer.fullParser();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(25);
            for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(renderer.flexmarkHtml(parser.parse(t)), renderer.flexmarkHtml(MarkdownRenderer.parse(parser, t)),
                    () -> t.replace("\n", "\\n"));
        }
    }

    /**
     * Link labels are found by {@link LinkLabel} instead of flexmark's expression; everything else
     * is flexmark's own parser, and the HTML must be what flexmark alone makes: reference
     * definitions (flexmark adds that step itself only for its own inline parser), reference
     * links, tables after a definition, escaped brackets and runs of backslashes.
     */
    @Test
    void parsesAsFlexmarkItselfDoesWithTheLinearLinkLabel() {
        String[] pieces = {"[r]: /timeline/\n", "[ref][r] ", "[r] ", "[r][] ", "[x\\]][r] ",
            "[a\\\\\\]: /actors/a/\n", "[a\\\\\\] ", "\\", "\\[", "\\]", "[", "]", "(", ")",
            "[t](/timeline/ \"title\") ", "| h | i |\n|---|---|\n| [r] | 2 |\n", "\n\n", "\n",
            "words ", "*em* ", "- item ", "> q ", "`c` "};
        java.util.Random random = new java.util.Random(11);
        Parser stock = Parser.builder(MarkdownRenderer.options(true, true)).build(); // flexmark's own inline parser
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(20);
            for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(renderer.flexmarkHtml(stock.parse(t)), renderer.html(renderer.fullParser(), t), t);
        }
        String h = renderer.html(renderer.fullParser(), "See [the timeline][t].\n\n[t]: /timeline/\n");
        assertTrue(h.contains("<a href=\"/timeline/\">the timeline</a>"), h);
    }

    /** The fuzzer's input that kept flexmark's expression busy for hours (see {@link LinkLabel}). */
    @Test
    void rendersAParagraphOfBackslashesAfterABracketWithoutHanging() {
        String text = "[x~~~~~~~~~~~~~-;-----------alert~~~~~~~~~~~~~~~~~~~~~~~~" + "-".repeat(28) + "\\".repeat(80)
                + "-".repeat(22) + "/-----------~~~~~ L~";
        MarkdownRenderer.Rendered r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> render(text));
        assertTrue(html(r).contains("alert"), html(r));
    }
}
