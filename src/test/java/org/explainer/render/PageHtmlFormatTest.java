package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageHtmlFormatTest {

    /** Uses of escaping and markup a template may make; each must print what the standard format prints. */
    private static final String TEMPLATE = String.join("|",
            "${text}", "${html?no_esc}", "${text?esc}", "${\"<b>\" + text}", "${html?no_esc + text}",
            "<#noautoesc>${text}</#noautoesc>", "<#outputformat \"plainText\">${text}</#outputformat>",
            "<#assign m><i>${text}</i></#assign>${m}${m?markup_string}", "${(html?no_esc)?markup_string}",
            "<#if text?has_content>${text?length}</#if>", "${text?upper_case}", "<a title=\"${text}\">${root}</a>",
            "<#outputformat \"HTML\">${text}</#outputformat>", "${html?no_esc?has_content?c}");

    private static String render(boolean ours, String text) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        if (ours) cfg.setRegisteredCustomOutputFormats(List.of(PageHtmlFormat.INSTANCE));
        Template t = new Template("t.ftlh", new StringReader(TEMPLATE), cfg);
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("html", "<p>" + text + "</p>");
        model.put("root", MarkdownRenderer.ROOT);
        if (ours) {
            PageWriter out = new PageWriter("../", 16);
            t.process(model, out);
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        t.process(model, out);
        // As a page was written before: the text with the root in place, then encoded (a lone surrogate becomes '?').
        return new String(out.toString().replace(MarkdownRenderer.ROOT, "../").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryValueAsTheStandardHtmlFormatDoes() throws Exception {
        String text = "Tom & Jerry's \"<b>quoted</b>\" caf\u00e9 \u201Ccurly\u201D \u203a \uD83D\uDE00 lone \uD800 x \uDC00 "
                + MarkdownRenderer.ROOT + "end";
        assertEquals(render(false, text), render(true, text));
    }

    @Test
    void printsRandomTextAsTheStandardHtmlFormatDoes() throws Exception {
        String[] pieces = {"a", " ", "<", ">", "&", "\"", "'", "\u00e9", "\u2019", "\uD83C\uDF0D", "\uD83C", "\uDF0D",
            "&amp;", "\n", "\uFFFF", "root"};
        Random random = new Random(3);
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(20);
            for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
            assertEquals(render(false, text.toString()), render(true, text.toString()), text.toString());
        }
    }

    @Test
    void isTheHtmlFormatThatFtlhTemplatesGet() throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setRegisteredCustomOutputFormats(List.of(PageHtmlFormat.INSTANCE));
        Template t = new Template("t.ftlh", new StringReader("x"), cfg);
        assertEquals(PageHtmlFormat.INSTANCE, t.getOutputFormat());
        assertEquals(HTMLOutputFormat.INSTANCE.getName(), t.getOutputFormat().getName());
    }
}
