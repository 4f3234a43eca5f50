package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    private static final String ROOT = MarkdownRenderer.ROOT;

    /** What pages were before PageWriter: a String with the marker replaced, then encoded. */
    private static byte[] expected(String page, String root) {
        return page.replace(ROOT, root).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] written(String page, String root, int... cuts) {
        PageWriter w = new PageWriter(root, 1);
        int from = 0;
        for (int cut : cuts) {
            w.write(page, from, cut - from);
            from = cut;
        }
        w.write(page.toCharArray(), from, page.length() - from);
        return w.toByteArray();
    }

    @Test
    void replacesEachRootMarkerWithThePathToTheRoot() {
        String page = "<a href=\"" + ROOT + "actors/index.html\">x</a><a href=\"" + ROOT + "index.html\">";
        assertArrayEquals(expected(page, "../../"), written(page, "../../"));
    }

    @Test
    void replacesAMarkerSplitAcrossTwoWrites() {
        String page = "ab" + ROOT + "cd";
        for (int cut = 1; cut < page.length(); cut++) {
            assertArrayEquals(expected(page, "../"), written(page, "../", cut));
        }
    }

    @Test
    void encodesEveryCharacterAsStringGetBytesDoes() {
        String page = "caf\u00e9 \u201Cquoted\u201D \u00b7 \u20ac \uD83D\uDE00 lone \uD800 x \uDC00 end";
        for (int cut = 1; cut < page.length(); cut++) {
            assertArrayEquals(expected(page, ""), written(page, "", cut));
        }
    }

    @Test
    void keepsTextBetweenOtherNoncharactersAndAnUnfinishedMarker() {
        String page = "a\uFFFFnot-root\uFFFFb " + ROOT + " \uFFFFroo";
        assertArrayEquals(expected(page, "../"), written(page, "../"));
    }

    @Test
    void matchesReplaceThenEncodeOnRandomPages() {
        Random random = new Random(42);
        String[] pieces = {"<p>", "plain text ", ROOT, "\u00e9", "\u2019", "\uD83C\uDF0D", "&amp;", "\n", "\uFFFF"};
        for (int n = 0; n < 500; n++) {
            StringBuilder page = new StringBuilder();
            int parts = random.nextInt(40);
            for (int i = 0; i < parts; i++) page.append(pieces[random.nextInt(pieces.length)]);
            String s = page.toString();
            int cut = s.isEmpty() ? 0 : random.nextInt(s.length());
            assertArrayEquals(expected(s, "../../"), written(s, "../../", cut), s);
        }
    }

    @Test
    void encodesCharacterArraysAndStringsAlikeWhereverTheWritesAreCut() {
        Random random = new Random(7);
        String[] pieces = {"<p>", "plain ", ROOT, "\u00e9", "\u2019", "\u203a", "\uD83C\uDF0D", "\uD83C", "\uDF0D", "\n",
            "\uFFFF", "root", "\u07FF", "\u0800", "\u0080"};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder page = new StringBuilder();
            int parts = random.nextInt(30);
            for (int i = 0; i < parts; i++) page.append(pieces[random.nextInt(pieces.length)]);
            String s = page.toString();
            PageWriter w = new PageWriter("../", 1);
            // Freemarker writes a template's own text as char arrays and values as Strings, in any order.
            for (int from = 0; from < s.length(); ) {
                int to = Math.min(s.length(), from + 1 + random.nextInt(6));
                if (random.nextBoolean()) {
                    char[] padded = ("xy" + s.substring(from, to) + "z").toCharArray();
                    w.write(padded, 2, to - from);
                } else {
                    w.write(s, from, to - from);
                }
                from = to;
            }
            assertArrayEquals(expected(s, "../"), w.toByteArray(), s);
        }
    }

    @Test
    void startsEachPageEmptyWhenTheThreadReusesItsBuffer() {
        String first = "<p>" + "long first page ".repeat(2000) + ROOT + "</p>";
        String second = "<p>short " + ROOT + "</p>";
        assertArrayEquals(expected(first, "../"), written(first, "../"));
        assertArrayEquals(expected(second, "../../"), written(second, "../../"));
        assertArrayEquals(expected("", ""), written("", ""));
    }
}
