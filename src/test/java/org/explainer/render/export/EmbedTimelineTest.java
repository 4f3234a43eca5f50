package org.explainer.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.explainer.TestFiles;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.model.Milestone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact timeline for iframes, and the embed code the timeline page is given. */
class EmbedTimelineTest {

    @TempDir
    static Path dir;
    static Graph graph;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        // The real templates, except a timeline page that prints only the two embed variables:
        // the embed page itself is the real one.
        Path templates = dir.resolve("templates");
        TestFiles.copyTree(TestFiles.TEMPLATES, templates);
        Files.writeString(templates.resolve("timeline.ftlh"),
                "<p id=\"embed-href\">${embedHref}</p><pre id=\"embed-code\">${embedCode}</pre>\n");
        out = dir.resolve("site");
        BuildOptions options = BuildOptions.of(Path.of("content"), templates, out);
        Builder.build(options);
        graph = Builder.model(options);
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void embedPageHasNoNavigationNoScriptAndNoInlineStyle() throws IOException {
        Document d = page("embed/timeline/index.html");
        assertEquals("", d.select("nav, script, .site-header, [style], style").outerHtml());
        assertEquals(1, d.select("h1").size());
        assertEquals("en-GB", d.selectFirst("html").attr("lang"));
        assertEquals("noindex", d.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(graph.site().baseUrl() + "timeline/", d.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void everyLinkOfTheEmbedPageIsAbsoluteAndOpensTheTopWindow() throws IOException {
        List<Element> links = page("embed/timeline/index.html").select("a");
        assertTrue(links.size() > graph.timeline().size());
        for (Element a : links) {
            assertTrue(a.attr("href").startsWith(graph.site().baseUrl()), a.outerHtml());
            assertEquals("_top", a.attr("target"), a.outerHtml());
        }
    }

    @Test
    void embedPageListsEveryMilestoneInOrderAtItsPrecision() throws IOException {
        Document d = page("embed/timeline/index.html");
        List<String> titles = d.select("a.embed-event-title").eachText();
        assertEquals(graph.timeline().stream().map(Milestone::title).toList(), titles);
        assertEquals(graph.timeline().stream().map(m -> m.date().iso()).toList(), d.select("li.embed-event time").eachAttr("datetime"));
        assertEquals(graph.timeline().stream().map(m -> graph.site().baseUrl() + "milestones/" + m.id() + ".html").toList(),
                d.select("a.embed-event-title").eachAttr("href"));
    }

    @Test
    void embedPageStylesheetIsPublished() throws IOException {
        Element css = page("embed/timeline/index.html").selectFirst("link[rel=stylesheet]");
        assertEquals("../../static/embed.css", css.attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("embed/timeline").resolve(css.attr("href")).normalize()));
    }

    @Test
    void timelinePageGetsTheEmbedCodeAndTheEmbedPageHref() throws IOException {
        Document d = page("timeline/index.html");
        assertEquals("embed/timeline/index.html", d.getElementById("embed-href").text());
        String code = d.getElementById("embed-code").text();
        Element iframe = Jsoup.parseBodyFragment(code).selectFirst("iframe");
        assertTrue(code.startsWith("<iframe src=\"") && code.endsWith("></iframe>"), code);
        assertEquals(graph.site().baseUrl() + "embed/timeline/", iframe.attr("src"));
        assertEquals("Timeline: " + graph.site().title(), iframe.attr("title"));
        assertEquals("100%", iframe.attr("width"));
        assertEquals("600", iframe.attr("height"));
        assertEquals("lazy", iframe.attr("loading"));
        assertTrue(code.contains("doctors&#39; contract"), "the title is escaped for its attribute: " + code);
    }
}
