package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.explainer.load.ContentLoader;
import org.explainer.model.Content;
import org.explainer.model.Issue;
import org.explainer.model.Markdown;
import org.junit.jupiter.api.Test;

class ProseHtmlTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(Set.of());

    /**
     * The fast rendering of the text as the build parses it (held in an array) and flexmark's own
     * rendering of the text parsed as flexmark parses a String; the fast one may decline (null),
     * never differ.
     */
    private String[] both(String markdown) {
        Document fast = MarkdownRenderer.parse(renderer.fullParser(), markdown);
        Document slow = renderer.fullParser().parse(markdown);
        return new String[] {ProseHtml.render(fast), renderer.flexmarkHtml(slow)};
    }

    @Test
    void rendersParagraphsAndHeadingsByteForByteAsFlexmarkDoes() {
        String md = "# A \"title\" & <more>\n\nIt's a *small* **test** -- of `code  with\nspaces`, [a link](https://x.org/?a=1&b=2 \"its 'title'\")"
                + " and ~~strike~~...\nsoft  \nhard\\\nbreaks <b>raw</b> <!-- note --> &copy; &amp; \\*escaped\\*\n\n## A \"title\" & <more>\n";
        String[] html = both(md);
        assertNotNull(html[0], "this is prose: the fast path must take it");
        assertEquals(html[1], html[0]);
    }

    @Test
    void leavesListsQuotesTablesCodeBlocksAndRulesToFlexmark() {
        for (String md : List.of("- a\n- b\n", "1. one\n", "> quoted\n", "| a | b |\n|---|---|\n| 1 | 2 |\n",
                "```\ncode\n```\n", "    indented\n", "***\n", "![img](/a.png)\n", "[ref][r]\n\n[r]: /x/\n",
                "<div>block</div>\n", "www.example.org\n")) {
            assertNull(both(md)[0], md);
        }
    }

    @Test
    void agreesWithFlexmarkOnRandomProse() {
        String[] pieces = {"Plain words ", "word", " ", "  ", "\t", "\n", "\n\n", "  \n", "\\\n", "# ", "## ", "###### ",
            "####### ", "Setext\n===\n", "Under\n---\n", "*", "**", "_", "__", "~~", "~", "`", "``", "[", "]", "(", ")",
            "[text](https://example.org/a?b=1&c=2) ", "[t](/actors/x/ \"title\") ", "[t](<a b> 'x') ", "\"", "'",
            "it's ", "--", "---", "...", ". . .", "<<", ">>", "<b>", "</b>", "<!-- c -->", "<", ">", "&", "&amp;",
            "&copy;", "&#39;", "&#x27;", "&bogus;", "\\*", "\\\\", "\\[", "é", "“curly”", "😀", "5 > 3 ", "a & b ",
            "\"quoted words\" ", "'single' ", "x_y_z ", "**bold *nested* text** ", "`a`b`", "\r\n", "#hash ",
            "1) ", "+ ", "- ", "> ", "    ", "| ", ":", "[^1]", "\u00A0", "\uFFFD", "\u0000"};
        Random random = new Random(17);
        int fast = 0;
        int total = 20_000;
        for (int n = 0; n < total; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(30);
            for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
            String md = text.toString();
            String[] html = both(md);
            if (html[0] != null) {
                fast++;
                assertEquals(html[1], html[0], () -> "for: " + md.replace("\n", "\\n"));
            }
        }
        // The comparison means something only if the fast path takes a good share of the texts.
        assertTrue(fast > total / 4, "fast path taken " + fast + " times of " + total);
    }

    @Test
    void agreesWithFlexmarkOnEveryTextOfTheRealContent() {
        Content c = ContentLoader.load(Path.of("content"));
        List<Markdown> texts = new ArrayList<>();
        c.actors().forEach(a -> texts.add(a.body()));
        c.milestones().forEach(m -> texts.add(m.body()));
        c.questions().forEach(q -> texts.add(q.body()));
        c.pages().forEach(p -> texts.add(p.body()));
        for (Issue i : c.issues()) {
            texts.add(i.body());
            i.positions().forEach(p -> texts.add(p.text()));
        }
        int fast = 0;
        for (Markdown md : texts) {
            String[] html = both(md.text());
            if (html[0] != null) {
                fast++;
                assertEquals(html[1], html[0], md.start().toString());
            }
        }
        assertTrue(fast > texts.size() / 2, "fast path taken for " + fast + " of " + texts.size() + " texts");
    }
}
