package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.explainer.TestFiles;
import org.explainer.problem.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the basic fixture site end to end and checks what a reader and a host would get. */
class EndToEndTest {

    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        out = tmp.resolve("site");
        result = Builder.build(BuildOptions.of(TestFiles.BASIC, TestFiles.TEMPLATES, out));
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    }

    private static String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryRoute() {
        List<String> expected = List.of("index.html", "timeline/index.html", "timeline/side/union/index.html",
                "timeline/kind/strike/index.html", "milestones/2020-toll-proposed.html",
                "milestones/2021-03-strike.html", "milestones/2021-03-09-talks.html",
                "milestones/2021-04-second-strike.html", "actors/index.html", "actors/ana-lopez.html",
                "actors/ferry-union.html", "actors/mayor.html", "quotes/index.html",
                "quotes/lopez-fair-toll.html", "quotes/mayor-bridge-pays.html",
                "quotes/lopez-unchecked.html", "issues/index.html", "issues/toll-level.html",
                "sources/index.html", "sources/harbour-news.html", "sources/council-minutes.html",
                "sources/radio-interview.html", "where-things-stand/index.html", "about/index.html", "404.html", "feed.xml",
                "sitemap.xml", "robots.txt", "data/explainer.json", ".nojekyll", "static/style.css",
                "static/theme.css", "assets/map.png");
        for (String f : expected) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertEquals(1, result.unverified());
        assertEquals(3, result.quotes());
    }

    @Test
    void everyInternalLinkResolvesAndNoneStartsFromTheHostRoot() throws IOException {
        List<String> broken = new ArrayList<>();
        try (var walk = Files.walk(out)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : doc.select("[href], [src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (url.matches("(?i)(https?|mailto|tel):.*")) continue;
                    String rel = out.relativize(file).toString();
                    if (url.startsWith("/")) {
                        // Only the 404 page may start from the base path: it is served at any depth.
                        if (!rel.equals("404.html") || !url.startsWith("/harbour/")) broken.add(rel + ": root-absolute " + url);
                        continue;
                    }
                    String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                    String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                    Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                    if (!target.startsWith(out) || !Files.isRegularFile(target)) {
                        broken.add(rel + ": " + url);
                    } else if (!fragment.isEmpty() && target.toString().endsWith(".html")
                            && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                        broken.add(rel + ": missing fragment " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void showsHostileTextAsTextNeverAsMarkup() throws IOException {
        Document mayor = page("actors/mayor.html");
        assertTrue(mayor.select("main b").isEmpty());
        assertEquals("Mayor Sam <b>Reed</b>", mayor.selectFirst("h1").text());
        Document lopez = page("actors/ana-lopez.html");
        assertTrue(lopez.select("script:not([type=application/ld+json])").isEmpty());
        assertTrue(lopez.select("main").text().contains("<script>alert(\u201Cx\u201D)</script>"));
        Document about = page("about/index.html");
        assertTrue(about.select("a[href^=javascript], a[href^=JavaScript]").isEmpty());
        assertTrue(about.text().contains("bad"));
    }

    @Test
    void showsEachDateAtThePrecisionItWasWritten() throws IOException {
        Document timeline = page("timeline/index.html");
        assertEquals("2020", timeline.selectFirst("#m-2020-toll-proposed time").text());
        assertEquals("2020", timeline.selectFirst("#m-2020-toll-proposed time").attr("datetime"));
        assertEquals("March 2021", timeline.selectFirst("#m-2021-03-strike time").text());
        assertEquals("2021-03", timeline.selectFirst("#m-2021-03-strike time").attr("datetime"));
        assertEquals("9 March 2021", timeline.selectFirst("#m-2021-03-09-talks time").text());
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() throws IOException {
        assertFalse(Files.exists(out.resolve("actors/secret-advisor")));
        assertFalse(read("data/explainer.json").contains("secret-advisor"));
        Path drafts = tmp.resolve("with-drafts");
        Builder.build(BuildOptions.of(TestFiles.BASIC, TestFiles.TEMPLATES, drafts).withDrafts(true));
        assertTrue(Files.exists(drafts.resolve("actors/secret-advisor.html")));
    }

    @Test
    void buildsByteIdenticalOutputWhateverTheLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Path again = tmp.resolve("again");
            Builder.build(BuildOptions.of(TestFiles.BASIC, TestFiles.TEMPLATES, again));
            Map<String, byte[]> a = TestFiles.snapshot(out);
            Map<String, byte[]> b = TestFiles.snapshot(again);
            assertEquals(a.keySet(), b.keySet());
            a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() {
        Path content = TestFiles.copyBasic(tmp.resolve("breakable"));
        Path site = tmp.resolve("published");
        Builder.build(BuildOptions.of(content, TestFiles.TEMPLATES, site));
        Map<String, byte[]> before = TestFiles.snapshot(site);
        TestFiles.write(content, "pages/about.md", "---\ntitle: About\n---\nSee [the vote](/milestones/2016-vote/).\n");
        ContentException e = assertThrows(ContentException.class,
                () -> Builder.build(BuildOptions.of(content, TestFiles.TEMPLATES, site)));
        assertEquals("pages/about.md:4:5: the link '/milestones/2016-vote/' leads to no page of the site", e.problems().get(0).toString().replaceAll(" \\(hint.*", ""));
        Map<String, byte[]> after = TestFiles.snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        assertFalse(Files.exists(tmp.resolve(".published.building")));
    }

    @Test
    void writesAbsoluteUrlsOnlyWhereTheyBelongFromTheBaseUrl() throws IOException {
        assertTrue(read("sitemap.xml").contains("<loc>https://example.github.io/harbour/milestones/2021-03-strike.html</loc>"));
        assertTrue(read("feed.xml").contains("<id>https://example.github.io/harbour/milestones/2021-03-strike.html</id>"));
        assertEquals("https://example.github.io/harbour/actors/mayor.html",
                page("actors/mayor.html").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(read("robots.txt").contains("Sitemap: https://example.github.io/harbour/sitemap.xml"));
    }

    @Test
    void listsTheFeedNewestFirst() throws IOException {
        String feed = read("feed.xml");
        assertTrue(feed.indexOf("2021-04-second-strike") < feed.indexOf("2020-toll-proposed"));
    }

    @Test
    void everyPageShowsItsWholePartOfTheModel() throws IOException {
        Document actor = page("actors/ana-lopez.html");
        assertTrue(actor.select("#quotes blockquote").size() == 2);
        assertTrue(actor.select("#milestones a[href$=milestones/2021-03-09-talks.html]").size() == 1);
        Document milestone = page("milestones/2021-03-09-talks.html");
        assertTrue(milestone.text().contains("Ana López"));
        assertTrue(milestone.select("blockquote").text().contains("A fair toll is one the crews can live with."));
        assertTrue(milestone.select("a[href$=sources/index.html#source-council-minutes]").size() > 0);
        Document issue = page("issues/toll-level.html");
        assertTrue(issue.text().contains("The ferry workers") && issue.text().contains("The city council"));
        assertTrue(issue.select("strong").text().contains("every day"));
        Document actors = page("actors/index.html");
        assertEquals("The ferry workers", actors.selectFirst("#side-union h2").text());
        assertEquals(2, actors.select("#side-union li").size());
        Document home = page("index.html");
        assertTrue(home.text().contains("What is the dispute about?") && home.text().contains("A bridge toll."));
        Document sources = page("sources/index.html");
        assertTrue(sources.selectFirst("#source-harbour-news").text().contains("Council proposes a bridge toll"));
        assertTrue(sources.selectFirst("#source-harbour-news").text().contains("by Jo Quay"));
        Document source = page("sources/harbour-news.html");
        assertEquals("Harbour News report", source.selectFirst("h1").text());
        assertEquals(List.of("../milestones/2020-toll-proposed.html", "../milestones/2021-03-strike.html",
                "../milestones/2021-04-second-strike.html"), source.select("#events a").eachAttr("href"));
        assertEquals(List.of("../issues/toll-level.html"), source.select("#issues a").eachAttr("href"));
        assertEquals("https://example.org/news/toll", source.selectFirst(".lede a").attr("href"));
    }

    @Test
    void exportsTheWholeResolvedModelAsJson() throws IOException {
        String json = read("data/explainer.json");
        for (String id : List.of("ana-lopez", "2021-03-strike", "lopez-fair-toll", "harbour-news", "toll-level", "crews", "about")) {
            assertTrue(json.contains("\"" + id + "\""), id);
        }
        assertTrue(json.contains("\"schemaVersion\": \"1.0\""));
        assertTrue(json.contains("\"author\": \"Jo Quay\""));
    }
}
