package org.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What keeps pages light and a strict Content-Security-Policy possible: weight, scripts, hosts. */
class PageBudgetTest {

    static final long SCRIPT_BUDGET = 10 * 1024;
    static final long PAGE_BUDGET = 60 * 1024;

    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.get();
    }

    @Test
    void noInlineScriptStyleOrEventHandler() {
        List<String> wrong = new ArrayList<>();
        site.pages.forEach((p, d) -> {
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().equals("style") || a.getKey().startsWith("on")) wrong.add(p + ": " + e.tagName() + "[" + a.getKey() + "]");
                }
            }
            if (!d.select("style").isEmpty()) wrong.add(p + ": <style>");
            for (Element s : d.select("script")) {
                boolean data = s.attr("type").equals("application/ld+json");
                if (!data && (!s.hasAttr("src") || !s.data().isBlank())) wrong.add(p + ": inline script");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void scriptsWeighAtMostTenKilobytesPerPage() {
        site.pages.forEach((p, d) -> {
            long bytes = 0;
            for (Element s : d.select("script[src]")) {
                String file = site.resolve(p, s.attr("src"));
                if (!file.startsWith("pagefind/")) bytes += site.size(file);
            }
            assertTrue(bytes <= SCRIPT_BUDGET, p + " loads " + bytes + " bytes of script");
        });
        assertTrue(!site.pages.get("timeline/index.html").select("script[src$=timeline.js]").isEmpty(),
                "the unfiltered timeline is enhanced by its script");
    }

    @Test
    void everyPageWeighsAtMostSixtyKilobytesOfHtmlAndCss() {
        List<String> heavy = new ArrayList<>();
        long largest = 0;
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            long bytes = site.size(e.getKey());
            for (Element l : e.getValue().select("link[rel=stylesheet]")) {
                String file = site.resolve(e.getKey(), l.attr("href"));
                if (!file.startsWith("pagefind/")) bytes += site.size(file);
            }
            largest = Math.max(largest, bytes);
            if (bytes > PAGE_BUDGET) heavy.add(e.getKey() + " " + bytes);
        }
        assertEquals(List.of(), heavy);
        assertTrue(largest > 20_000, "largest page measured: " + largest);
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        List<String> wrong = new ArrayList<>();
        site.pages.forEach((p, d) -> {
            for (Element e : d.select("[src], link[href]:not([rel=canonical]):not([rel=alternate]), object[data]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("data");
                if (url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) wrong.add(p + ": " + e.tagName() + " " + url);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageHasACanonicalUrlAndAMetaDescription() {
        site.pages.forEach((p, d) -> {
            // The embed page sits in other sites' iframes, is noindex, and has its own test (EmbedTimelineTest).
            if (p.startsWith("embed/")) return;
            String canonical = d.select("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith("https://example.github.io/dispute-explainer/"), p + ": " + canonical);
            assertTrue(d.select("meta[name=description]").attr("content").length() > 20, p);
            assertEquals(d.select("meta[name=description]").attr("content"),
                    d.select("meta[property=og:description]").attr("content"), p);
        });
        assertEquals("https://example.github.io/dispute-explainer/actors/jeremy-hunt.html",
                site.pages.get("actors/jeremy-hunt.html").select("link[rel=canonical]").attr("href"));
    }

    @Test
    void jsonLdParsesAndNamesTheRightTypePerPageKind() {
        Map<String, List<String>> expected = Map.of("milestones/", List.of("Event"), "actors/", List.of("Person",
                "Organization"), "quotes/", List.of("Quotation"));
        int checked = 0;
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            String p = e.getKey();
            for (Element s : e.getValue().select("script[type=application/ld+json]")) {
                Map<?, ?> json = new org.openqa.selenium.json.Json().toType(s.data(), Map.class);
                assertEquals("https://schema.org", json.get("@context"), p);
                String type = String.valueOf(json.get("@type"));
                if (p.equals("index.html")) assertEquals("WebSite", type);
                expected.forEach((prefix, types) -> {
                    if (p.startsWith(prefix) && p.chars().filter(c -> c == '/').count() == 2) {
                        assertTrue(types.contains(type), p + " is " + type);
                    }
                });
                checked++;
            }
        }
        assertTrue(checked >= site.paths("milestones/").size() + site.paths("quotes/").size(), "JSON-LD blocks: " + checked);
        String quote = site.pages.get("quotes/abbott-sorry-episode.html")
                .selectFirst("script[type=application/ld+json]").data();
        Map<?, ?> parsed = new org.openqa.selenium.json.Json().toType(quote, Map.class);
        assertEquals("Quotation", parsed.get("@type"));
    }

    @Test
    void quotePagesCarryTheQuoteAndSpeakerInTheirSharingTags() {
        Document d = site.pages.get("quotes/abbott-sorry-episode.html");
        String og = d.select("meta[property=og:title]").attr("content");
        assertTrue(og.startsWith("\u201Cyet another sorry episode") && og.endsWith("\u2014 Diane Abbott"), og);
        assertEquals("summary", d.select("meta[name=twitter:card]").attr("content"));
        assertTrue(d.select("meta[property=og:description]").attr("content").contains("Diane Abbott"));
        // X falls back to the og: tags; repeating them as twitter: tags would only add bytes to every page.
        assertTrue(d.select("meta[name=twitter:title], meta[name=twitter:description]").isEmpty());
        assertEquals("article", d.select("meta[property=og:type]").attr("content"));
    }

    @Test
    void noSearchBoxOrSearchPageWhenSearchIsOff() {
        site.pages.forEach((p, d) -> assertTrue(d.select("form[role=search], input[type=search]").isEmpty(), p));
        assertTrue(!site.pages.containsKey("search/index.html"));
    }

    @Test
    void timelineFiltersArePlainLinksToPagesThatExist() {
        Document d = site.pages.get("timeline/index.html");
        List<Element> links = d.select("nav.filters a[href]");
        assertTrue(links.size() > 20, "filter links: " + links.size());
        for (Element a : links) {
            assertTrue(site.pages.containsKey(site.resolve("timeline/index.html", a.attr("href"))), a.attr("href"));
        }
        for (String side : List.of("doctors", "government", "nhs-leaders", "opposition", "independent")) {
            assertTrue(!d.select("nav.filters a[href=../timeline/side/" + side + "/index.html]").isEmpty(), side);
        }
        assertTrue(!d.select("nav.filters a[href=../timeline/kind/strike/index.html]").isEmpty());
        assertTrue(!d.select("nav.filters a[href=../actors/jeremy-hunt.html#milestones]").isEmpty());
        Document strikes = site.pages.get("timeline/kind/strike/index.html");
        assertEquals(5, strikes.select("li.milestone").size());
        assertEquals("page", strikes.selectFirst("nav.filters a[href=../../../timeline/kind/strike/index.html]").attr("aria-current"));
    }
}
