package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SummaryTest {

    // The regular-expression version Summary replaced: the reference it must always agree with.
    private static final Pattern HEADING = Pattern.compile("(?s)<h[1-6][^>]*>.*?</h[1-6]>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String referenceOf(String html, String fallback) {
        String text = TAG.matcher(HEADING.matcher(html).replaceAll(" ")).replaceAll(" ")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&ldquo;", "\u201C").replace("&rdquo;", "\u201D").replace("&lsquo;", "\u2018")
                .replace("&rsquo;", "\u2019").replace("&ndash;", "\u2013").replace("&mdash;", "\u2014")
                .replace("&hellip;", "\u2026").replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) return fallback;
        return referenceShorten(text, 200);
    }

    private static String referenceShorten(String s, int max) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }

    @Test
    void dropsHeadingsAndTagsAndDecodesEntities() {
        String html = "<h2 id=\"why\">Why it matters</h2>\n<p>Pay &amp; hours: &ldquo;unsafe&rdquo; &lt;said&gt;</p>";
        assertEquals("Pay & hours: \u201Cunsafe\u201D <said>", Summary.of(html, "fallback"));
    }

    @Test
    void givesTheFallbackWhenThereIsNoText() {
        assertEquals("Title", Summary.of("<h2>Only a heading</h2>\n<p> </p>", "Title"));
    }

    @Test
    void cutsLongTextAtAWordWithAnEllipsis() {
        String word = "negotiation ";
        String s = Summary.of("<p>" + word.repeat(40) + "</p>", "");
        assertEquals(word.repeat(16).strip() + "\u2026", s);
    }

    /**
     * The summary of a long body is made from its first paragraphs only, and must be the one the
     * whole body gives: random bodies of many paragraphs, headings (some left open, some spanning
     * lines), stray tags and entities, against the regular expressions on the whole body.
     */
    @Test
    void summarisesALongBodyFromItsFirstParagraphsAsFromTheWhole() {
        String[] pieces = {"<p>", "</p>\n", "<h2 id=\"a\">", "</h2>\n", "<h3>", "\n<em>", "</em>", "<", ">",
            "&amp;", "&hellip;", "&", "&rsquo;", " ", "\n", "\u2003", "<a href=\"x\">", "</a>", "<ul>\n<li>",
            "</li>\n</ul>\n"};
        String[] words = {"word ", "negotiation ", "pay, ", "\u201Cquoted\u201D ", "contract. ", "hours "};
        Random random = new Random(11);
        int fromTheStart = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            int parts = 20 + random.nextInt(300);
            for (int i = 0; i < parts; i++) {
                // Mostly words, as bodies are, so that many first paragraphs hold a summary's worth.
                html.append(random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)] : words[random.nextInt(words.length)]);
            }
            String s = html.toString();
            assertEquals(referenceOf(s, "F"), Summary.of(s, "F"), s);
            if (Summary.leadingText(s) != null) fromTheStart++;
        }
        assertTrue(fromTheStart > 3_000, "the first paragraphs sufficed " + fromTheStart + " times");
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomHtml() {
        String[] pieces = {"<h2 id=\"a\">", "</h2>", "<h7>", "<h3>", "</h3", "<p>", "</p>", "<", ">", "<>", "<<b>",
            "text ", "word", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f", "\u2003", "\u00A0", "&amp;", "&quot;",
            "&amp;lt;", "&lt;", "&gt;", "&#39;", "&hellip;", "&mdash;", "&", ";", "&rsquo;", "h2>", "</h6>",
            "<hr>", "<header>", "\u201C", "long-word-without-spaces-".repeat(3)};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            int parts = random.nextInt(n % 10 == 0 ? 200 : 30);
            for (int i = 0; i < parts; i++) html.append(pieces[random.nextInt(pieces.length)]);
            String s = html.toString();
            assertEquals(referenceOf(s, "F"), Summary.of(s, "F"), s);
            int max = 1 + random.nextInt(80);
            assertEquals(referenceShorten(s, max), Summary.shorten(s, max), s);
        }
    }
}
