package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    /** Each entry shows how many bodies had been rendered when it was, so a replay shows an old count. */
    private static final String LIST = "<#list items as i><@memo key=\"entry ${i}\">"
            + "<a href=\"${root}x/${i}.html\">${i}: ${renders()}</a></@memo></#list> after: ${root}";

    private final AtomicInteger renders = new AtomicInteger();

    private String page(Memo memo, String template, String root) throws IOException, TemplateException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        Template t = new Template("t.ftlh", new StringReader(template), cfg);
        Map<String, Object> model = new HashMap<>();
        model.put("memo", memo);
        model.put("root", root);
        model.put("items", List.of("a", "b"));
        model.put("renders", (TemplateMethodModelEx) args -> renders.incrementAndGet());
        PageWriter out = new PageWriter(root, 64);
        t.process(model, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void rendersEachKeyOnceAndGivesEveryPageItsOwnRoot() throws Exception {
        Memo memo = new Memo();
        assertEquals("<a href=\"../x/a.html\">a: 1</a><a href=\"../x/b.html\">b: 2</a> after: ../",
                page(memo, LIST, "../"));
        assertEquals("<a href=\"../../x/a.html\">a: 1</a><a href=\"../../x/b.html\">b: 2</a> after: ../../",
                page(memo, LIST, "../../"));
        assertEquals(2, renders.get());
    }

    @Test
    void rendersEveryTimeOnceItsBoundIsReachedWithTheSameHtml() throws Exception {
        Memo full = new Memo(0);
        assertEquals("<a href=\"../x/a.html\">a: 1</a><a href=\"../x/b.html\">b: 2</a> after: ../",
                page(full, LIST, "../"));
        assertEquals("<a href=\"x/a.html\">a: 3</a><a href=\"x/b.html\">b: 4</a> after: ",
                page(full, LIST, ""));
    }

    @Test
    void letsGoOfTheOldestBodiesForTheNewestOnceItsBoundIsReached() throws Exception {
        String one = "<@memo key=\"${k}\"><i>${k}${renders()}</i></@memo>";
        // Room for two bodies of this size ("<i>a1</i>" is 9 bytes), not three.
        Memo memo = new Memo(20);
        assertEquals("<i>a1</i>", keyed(memo, one, "a"));
        assertEquals("<i>b2</i>", keyed(memo, one, "b"));
        assertEquals("<i>a1</i>", keyed(memo, one, "a")); // still kept
        assertEquals("<i>c3</i>", keyed(memo, one, "c")); // lets go of a, the oldest
        assertEquals("<i>b2</i>", keyed(memo, one, "b"));
        assertEquals("<i>a4</i>", keyed(memo, one, "a")); // rendered again, with the same template
        assertEquals(4, renders.get());
    }

    private String keyed(Memo memo, String template, String key) throws IOException, TemplateException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        Template t = new Template("t.ftlh", new StringReader(template), cfg);
        Map<String, Object> model = new HashMap<>();
        model.put("memo", memo);
        model.put("root", "");
        model.put("k", key);
        model.put("renders", (TemplateMethodModelEx) args -> renders.incrementAndGet());
        PageWriter out = new PageWriter("", 64);
        t.process(model, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * A body is rendered into bytes of its own, escaping as the page does: kept or not, a page is
     * the same bytes as without the memo, whatever characters its values hold.
     */
    @Test
    void printsTheSameBytesAsTheBodyWithoutTheMemoWhateverItEscapesOrEncodes() throws Exception {
        String body = "<p title=\"${text}\">${text}</p><a href=\"${root}x.html\">${text?upper_case}</a>";
        String text = "<Tom & \"Jerry\"> it\u2019s \u00e9t\u00e9 \uD83D\uDE00 '";
        for (String root : List.of("", "../", "../../")) {
            Memo memo = new Memo();
            String plain = htmlPage(null, body, root, text);
            assertEquals(plain, htmlPage(memo, "<@memo key=\"k\">" + body + "</@memo>", root, text));
            assertEquals(plain, htmlPage(memo, "<@memo key=\"k\">" + body + "</@memo>", root, text), "kept");
        }
        assertTrue(htmlPage(null, body, "", text).contains("&lt;Tom &amp; &quot;Jerry&quot;&gt; it\u2019s"));
    }

    /** A page rendered as the site's are: the explainer's HTML format, into a PageWriter. */
    private static String htmlPage(Memo memo, String template, String root, String text) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setRegisteredCustomOutputFormats(List.of(PageHtmlFormat.INSTANCE));
        Template t = new Template("t.ftlh", new StringReader(template), cfg);
        Map<String, Object> model = new HashMap<>();
        if (memo != null) model.put("memo", memo);
        model.put("root", root);
        model.put("text", text);
        PageWriter out = new PageWriter(root, 64);
        t.process(model, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * A kept body's markers are replaced as it is copied into the page; markers that the page's
     * other text holds (rendered Markdown) are still replaced when the page ends, and a body kept
     * inside another body keeps its markers for the outer one's pages.
     */
    @Test
    void givesEveryPageItsRootInKeptBodiesNestedBodiesAndTheRestOfThePage() throws Exception {
        String template = "<@memo key=\"outer\">[${root}<@memo key=\"inner\">(${root}x)</@memo>${root}]</@memo>"
                + "${prose?no_esc}<@memo key=\"inner\">(${root}x)</@memo>";
        // Without prose, nothing but the kept bodies holds a marker.
        String nested = "<@memo key=\"inner\">(${root}x)</@memo><@memo key=\"around\">{<@memo key=\"inner\">"
                + "(${root}x)</@memo>}</@memo>";
        Memo memo = new Memo();
        for (String root : List.of("", "../", "/a/rather/long/base/path/")) {
            assertEquals("[" + root + "(" + root + "x)" + root + "]<a href=\"" + root + "y\">y</a>(" + root + "x)",
                    withProse(memo, template, root, "<a href=\"" + MarkdownRenderer.ROOT + "y\">y</a>"), root);
            assertEquals("(" + root + "x){(" + root + "x)}", withProse(memo, nested, root, ""), root);
        }
    }

    private static String withProse(Memo memo, String template, String root, String prose) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setRegisteredCustomOutputFormats(List.of(PageHtmlFormat.INSTANCE));
        Template t = new Template("t.ftlh", new StringReader(template), cfg);
        Map<String, Object> model = new HashMap<>();
        model.put("memo", memo);
        model.put("root", root);
        model.put("prose", prose);
        PageWriter out = new PageWriter(root, 64);
        t.process(model, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void printsKeptHtmlIntoACapturedVariableToo() throws Exception {
        Memo memo = new Memo();
        String captured = "<#assign x><@memo key=\"k\"><b>${root}</b></@memo></#assign>${x}${x}";
        assertEquals("<b>../</b><b>../</b>", page(memo, captured, "../"));
        assertEquals("<b>../../</b><b>../../</b>", page(memo, captured, "../../"));
    }

    @Test
    void refusesAMemoWithoutAKey() {
        TemplateException e = assertThrows(TemplateException.class, () -> page(new Memo(), "<@memo>x</@memo>", ""));
        assertTrue(e.getMessage().contains("memo needs key=\"...\""), e.getMessage());
        e = assertThrows(TemplateException.class, () -> page(new Memo(), "<@memo key=\"k\" size=2>x</@memo>", ""));
        assertTrue(e.getMessage().contains("memo takes only key=\"...\", not size"), e.getMessage());
    }

    @Test
    void equalsEveryOtherMemoSoThatAPreviewCanCompareModels() {
        assertEquals(new Memo(), new Memo(0));
        assertEquals(new Memo().hashCode(), new Memo(0).hashCode());
    }
}
