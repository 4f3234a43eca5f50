package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Every generated page is valid HTML by the Nu HTML Checker; the feed, sitemap and data parse. */
class ValidityIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static ItSite site;
    private static NuChecker nu;

    @BeforeAll
    static void buildSiteAndChecker() {
        site = ItSite.get();
        nu = new NuChecker();
    }

    @Test
    void everyGeneratedPageHasNoHtmlErrors() throws IOException {
        List<Path> pages = htmlFiles(site.dir());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(nu.errors(page, site.dir().relativize(page).toString()));
        }
        System.out.println("Nu HTML Checker: " + pages.size() + " pages, " + errors.size() + " errors");
        assertTrue(pages.size() > 20, "expected the whole site, found " + pages.size() + " pages");
        assertEquals(List.of(), errors, "Nu HTML Checker errors (file:line:col: message):\n" + String.join("\n", errors));
    }

    @Test
    void pagedListsAndABusyActorsPageHaveNoHtmlErrors() throws IOException {
        PagedSite paged = PagedSite.get();
        List<String> errors = new ArrayList<>();
        for (String route : PagedSite.pages().values()) {
            Path page = paged.dir().resolve(route);
            assertTrue(Files.isRegularFile(page), route + " was not built");
            errors.addAll(nu.errors(page, route));
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors:\n" + String.join("\n", errors));
    }

    /** The fixture sites exercise template branches the real content may not (planned events, assets). */
    @TestFactory
    Stream<DynamicTest> fixtureSitePagesHaveNoHtmlErrors() {
        return Fixtures.all().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Fixtures.Built built = Fixtures.build(dir, "nu");
            List<String> errors = new ArrayList<>();
            for (Path page : htmlFiles(built.out())) {
                errors.addAll(nu.errors(page, built.name() + "/" + built.out().relativize(page)));
            }
            assertEquals(List.of(), errors, "Nu HTML Checker errors:\n" + String.join("\n", errors));
        }));
    }

    @Test
    void nuCheckerReportsDuplicateIdAndMissingAlt() throws IOException {
        Path bad = Files.createDirectories(Path.of("target/nu-negative")).resolve("bad.html");
        Files.writeString(bad, "<!doctype html>\n<html lang=\"en\"><head><title>x</title></head>\n"
                + "<body><p id=\"a\">1</p><p id=\"a\">2</p>\n<img src=\"x.png\"></body></html>\n");
        List<String> errors = nu.errors(bad, "bad.html");
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("bad.html:3:"), errors.get(0));
        assertTrue(errors.get(0).contains("Duplicate ID “a”"), errors.get(0));
        assertTrue(errors.get(1).contains("An “img” element must have an “alt” attribute"), errors.get(1));
    }

    @Test
    void feedIsAnAtomFeedWhoseEntriesLinkToBuiltPages() throws Exception {
        Element feed = xml(site.dir().resolve("feed.xml")).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertFalse(child(feed, "title").getTextContent().isBlank(), "feed/title is empty");
        assertEquals(site.url(), child(feed, "id").getTextContent().trim());
        OffsetDateTime.parse(child(feed, "updated").getTextContent().trim());
        List<Element> entries = children(feed, "entry");
        assertEquals(site.graph().timeline().size(), entries.size(), "one entry per milestone");
        for (Element entry : entries) {
            String id = child(entry, "id").getTextContent().trim();
            assertFalse(child(entry, "title").getTextContent().isBlank(), "entry " + id + " has no title");
            OffsetDateTime.parse(child(entry, "updated").getTextContent().trim());
            String href = child(entry, "link").getAttribute("href");
            assertTrue(Files.isRegularFile(fileFor(href)), "entry " + id + " links to " + href + ", which was not built");
        }
    }

    @Test
    void sitemapListsOnlyAbsoluteUrlsOfBuiltPages() throws Exception {
        Element urlset = xml(site.dir().resolve("sitemap.xml")).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<Element> urls = children(urlset, "url");
        assertTrue(urls.size() > 20, "only " + urls.size() + " URLs in the sitemap");
        List<String> wrong = new ArrayList<>();
        for (Element url : urls) {
            String loc = child(url, "loc").getTextContent().trim();
            if (!loc.startsWith(site.url())) wrong.add(loc + ": not under " + site.url());
            else if (!Files.isRegularFile(fileFor(loc))) wrong.add(loc + ": no such page in the output");
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void dataExportIsOneWellFormedJsonObject() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        JsonNode root = json.readTree(site.dir().resolve("data/explainer.json").toFile());
        assertTrue(root.isObject(), "data/explainer.json is not a JSON object");
        assertTrue(root.size() > 0, "data/explainer.json is empty");
    }

    /** The file a URL under the site's base URL is served from: a folder gives its index.html. */
    static Path fileFor(String url) {
        String rel = url.substring(site.url().length());
        int hash = rel.indexOf('#');
        if (hash >= 0) rel = rel.substring(0, hash);
        Path file = site.dir().resolve(rel).normalize();
        return rel.isEmpty() || rel.endsWith("/") ? file.resolve("index.html") : file;
    }

    static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // No DOCTYPE, no external entities: the files must parse as plain XML on their own.
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertFalse(found.isEmpty(), "<" + parent.getLocalName() + "> has no <" + name + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }
}
