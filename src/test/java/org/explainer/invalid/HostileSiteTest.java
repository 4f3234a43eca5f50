package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Builds src/test/resources/sites/hostile, where every field a contributor writes carries markup,
 * script breakouts, {@code javascript:} links, CDATA ends and line separators, and checks every
 * output with real parsers: the text shows up verbatim as text, and nothing becomes an element,
 * an attribute, a script or a link.
 */
class HostileSiteTest {

    static final Path CONTENT = Path.of("src/test/resources/sites/hostile/content");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        Builder.build(BuildOptions.of(CONTENT, Sites.TEMPLATES, site));
    }

    static List<Path> files(String ending) {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(String path) {
        return Jsoup.parse(read(site.resolve(path)), "https://example.org/hostile/" + path);
    }

    @Test
    void injectsNoElementAttributeOrScriptIntoAnyPage() {
        List<Path> pages = files(".html");
        assertTrue(pages.size() >= 14, "pages: " + pages.size());
        for (Path p : pages) {
            Document doc = Jsoup.parse(read(p));
            String where = site.relativize(p).toString();
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                            where + ": event handler attribute " + a + " on <" + e.tagName() + ">");
                }
            }
            assertTrue(doc.select("iframe, svg, object, embed, img[src=x], b[onmouseover], body style").isEmpty(),
                    where + ": injected element " + doc.select("iframe, svg, object, embed, img[src=x], body style"));
            for (Element script : doc.select("script")) {
                boolean jsonLd = script.attr("type").equals("application/ld+json");
                assertTrue(jsonLd || !script.data().contains("alert("), where + ": injected script " + script);
            }
        }
    }

    @Test
    void noLinkOrSourceUsesAScriptingScheme() {
        for (Path p : files(".html")) {
            Document doc = Jsoup.parse(read(p));
            for (Element e : doc.select("[href], [src], [action], [formaction], [srcset]")) {
                for (String attr : List.of("href", "src", "action", "formaction", "srcset")) {
                    String v = e.attr(attr).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                    assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"),
                            site.relativize(p) + ": " + e);
                }
            }
        }
    }

    @Test
    void showsHostileTextVerbatimAsText() {
        Document actor = page("actors/drivers-union.html");
        assertEquals("\"><img src=x onerror=alert('actor')>", actor.selectFirst("main h1").text());
        assertTrue(actor.selectFirst("main").text().contains("<#list 1..3 as x>${x}</#list>"),
                "template syntax in content must stay text");
        assertTrue(actor.selectFirst("main").text().contains("<script>alert('alias')</script>"));
        Document milestone = page("milestones/2020-03-strike.html");
        assertEquals("<script>alert('milestone')</script> ]]> strike", milestone.selectFirst("main h1").text());
        assertEquals("\"><img src=x onerror=alert('description')> </script><script>alert('ld')</script> ]]> end",
                page("index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals("<script>alert('title')</script> & \"the depot\"", page("index.html").title());
        Document sources = page("sources/index.html");
        assertFalse(sources.select("a[href=\"https://example.org/news/depot?a=1&b='onmouseover=alert(1)//\"]").isEmpty(),
                "the source url must be kept whole inside its attribute");
        Document quote = page("quotes/lee-regret.html");
        assertTrue(quote.selectFirst("main").text()
                .contains("We regret the <script>alert('quote')</script> strike ]]> \"><img src=x onerror=alert('q')>"));
    }

    @Test
    void jsonLdBlocksParseAndHoldTheTextVerbatim() throws IOException {
        List<String> strings = new ArrayList<>();
        int blocks = 0;
        for (Path p : files(".html")) {
            for (Element script : Jsoup.parse(read(p)).select("script[type=application/ld+json]")) {
                blocks++;
                assertFalse(script.data().toLowerCase(Locale.ROOT).contains("</script"), p.toString());
                assertFalse(script.data().contains("\u2028") || script.data().contains("\u2029"), p.toString());
                collect(JSON.readTree(script.data()), strings);
            }
        }
        assertTrue(blocks > 0, "no JSON-LD found");
        assertTrue(strings.contains("<script>alert('milestone')</script> ]]> strike"), strings.toString());
        assertTrue(strings.contains("\"><img src=x onerror=alert('actor')>"), strings.toString());
        assertTrue(strings.contains("Ann Lee ]]> </script>"), strings.toString());
    }

    @Test
    void theJsonExportParsesAndHoldsTheTextVerbatim() throws IOException {
        String raw = read(site.resolve("data/explainer.json"));
        assertFalse(raw.toLowerCase(Locale.ROOT).contains("</script"));
        assertFalse(raw.contains("\u2028") || raw.contains("\u2029"), "line separators must be escaped");
        List<String> strings = new ArrayList<>();
        collect(JSON.readTree(raw), strings);
        assertTrue(strings.contains("Managing director \u2028 with a line separator"), strings.toString());
        assertTrue(strings.contains("</script><script>alert('context')</script>"), strings.toString());
        assertTrue(strings.contains("<script>alert('figure')</script>"), strings.toString());
    }

    @Test
    void theFeedAndSitemapAreWellFormedXmlWithTheTextVerbatim() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        assertEquals("<script>alert('title')</script> & \"the depot\"", titles.item(0).getTextContent());
        assertEquals("<script>alert('milestone')</script> ]]> strike", titles.item(1).getTextContent());
        NodeList contents = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
        for (int i = 0; i < contents.getLength(); i++) {
            Document html = Jsoup.parseBodyFragment(contents.item(i).getTextContent());
            assertTrue(html.select("script, img, iframe").isEmpty(), "feed content carries markup: " + html.body());
        }
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.getLength() >= 10);
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(locs.item(i).getTextContent().startsWith("https://example.org/hostile/"));
        }
    }

    @Test
    void noOutputCarriesAControlCharacter() {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'),
                        site.relativize(p) + " carries a control character");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        node.forEach(child -> collect(child, out));
        node.fields().forEachRemaining(f -> collect(f.getValue(), out));
    }
}
