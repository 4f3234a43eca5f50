package org.explainer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.explainer.model.Markdown;
import org.explainer.problem.Pos;
import org.explainer.render.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the Markdown path: any text renders without an exception, and the HTML it gives, read by
 * a real HTML parser, holds no script, no event handler, no embedded frame and no link or image
 * with a scripting scheme, whatever the text tried.
 *
 * <p>Seeds: src/test/resources/org/explainer/fuzz/MarkdownFuzzTestInputs/rendersAnyMarkdownSafely/.
 */
class MarkdownFuzzTest {

    static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of("", "actors/", "actors/a/",
            "milestones/m/", "issues/i/", "timeline/", "feed.xml"));

    @FuzzTest(maxDuration = "20s")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void rendersAnyMarkdownSafely(byte[] input) {
        // The loader hands the renderer decoded text with \n line endings and no control characters.
        String text = new String(input, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f\\uffff]", "");
        MarkdownRenderer.Rendered r = RENDERER.render(new Markdown(text, new Pos("pages/p.md", 4, 1)));
        String html = r.html().replace(MarkdownRenderer.ROOT, "../");
        Document doc = Jsoup.parseBodyFragment(html);
        if (!doc.select("script, iframe, object, embed, style, svg, form, base, meta, link").isEmpty()) {
            throw new AssertionError("markup passed through: " + html);
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20]", "");
                if (key.startsWith("on")) throw new AssertionError("event handler passed through: " + html);
                if ((key.equals("href") || key.equals("src"))
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
                    throw new AssertionError("active link passed through: " + html);
                }
            }
        }
        r.problems().forEach(p -> {
            if (!p.file().equals("pages/p.md") || p.line() < 4) throw new AssertionError("misplaced problem: " + p);
        });
    }
}
