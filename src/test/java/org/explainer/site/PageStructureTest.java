package org.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.explainer.model.Routes;
import org.explainer.render.SiteRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accessibility structure every built page must have: headings, landmarks, quotes, dates. */
class PageStructureTest {

    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.get();
    }

    @Test
    void buildsEveryKindOfPage() {
        for (String p : List.of("index.html", "timeline/index.html", "actors/index.html", "quotes/index.html",
                "issues/index.html", "sources/index.html", "404.html", "actors/jeremy-hunt.html")) {
            assertTrue(site.pages.containsKey(p), p);
        }
        assertFalse(site.paths("milestones/").isEmpty());
        assertFalse(site.paths("quotes/").isEmpty());
    }

    @Test
    void everyPageHasExactlyOneH1() {
        List<String> wrong = new ArrayList<>();
        site.pages.forEach((p, d) -> {
            if (d.select("h1").size() != 1) wrong.add(p + " has " + d.select("h1").size());
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void headingsNeverSkipALevel() {
        List<String> wrong = new ArrayList<>();
        site.pages.forEach((p, d) -> {
            int last = 0;
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > last + 1) wrong.add(p + ": h" + level + " after h" + last + " (" + h.text() + ")");
                last = level;
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageHasLangLandmarksAndASkipLinkToMain() {
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            Document d = e.getValue();
            String p = e.getKey();
            assertEquals("en-GB", d.selectFirst("html").attr("lang"), p);
            // The embed page has no site navigation by design; EmbedTimelineTest checks its structure.
            if (p.startsWith("embed/")) continue;
            assertEquals(1, d.select("body > header").size(), p + " banner");
            assertEquals(1, d.select("main#main").size(), p + " main");
            assertEquals(1, d.select("body > footer").size(), p + " contentinfo");
            assertEquals(1, d.select("nav[aria-label=Main]").size(), p + " main nav");
            Element skip = d.selectFirst("body > a.skip");
            assertTrue(skip != null && skip.attr("href").equals("#main"), p + " skip link first in body");
            assertEquals(skip, d.body().child(0), p + " skip link is the first element");
        }
    }

    @Test
    void everyQuoteIsABlockquoteWithACitedSource() {
        int quotes = 0;
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            for (Element bq : e.getValue().select("blockquote")) {
                quotes++;
                Element figure = bq.parent();
                assertEquals("figure", figure.tagName(), e.getKey() + ": blockquote outside a figure");
                Element cite = figure.selectFirst("figcaption cite, dl cite");
                if (cite == null) cite = figure.parent().selectFirst("cite");
                assertTrue(cite != null && cite.selectFirst("a[href*=sources/index.html#source-]") != null,
                        e.getKey() + ": quote without a cited source link: " + bq.text());
            }
        }
        assertTrue(quotes > 45, "quotes seen: " + quotes);
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("[A-Z][a-z]+ \\d{4}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}");

    @Test
    void timeElementsCarryADatetimeAtTheDatesOwnPrecision() {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            for (Element t : e.getValue().select("time")) {
                seen++;
                String iso = t.attr("datetime");
                String text = t.text();
                boolean ok = switch (iso.length()) {
                    case 4 -> YEAR.matcher(iso).matches() && text.equals(iso);
                    case 7 -> iso.matches("\\d{4}-(0[1-9]|1[0-2])") && MONTH.matcher(text).matches()
                            && text.endsWith(iso.substring(0, 4));
                    case 10 -> iso.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")
                            && DAY.matcher(text).matches() && text.endsWith(iso.substring(0, 4))
                            && text.startsWith(Integer.parseInt(iso.substring(8)) + " ");
                    default -> false;
                };
                if (!ok) wrong.add(e.getKey() + ": <time datetime=\"" + iso + "\">" + text);
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
        assertTrue(seen > 100, "time elements seen: " + seen);
    }

    @Test
    void milestonesOnTheTimelineHaveAnchorsAndPermalinks() {
        Document d = site.pages.get("timeline/index.html");
        var items = d.select("li.milestone");
        assertEquals(site.paths("milestones/").size(), items.size());
        for (Element m : items) {
            assertTrue(m.id().startsWith("m-"), m.id());
            String href = m.selectFirst("h3 a").attr("href");
            assertTrue(site.pages.containsKey(site.resolve("timeline/index.html", href)), href);
            assertTrue(m.hasAttr("data-side") && m.hasAttr("data-kind"), m.id());
        }
    }

    @Test
    void calledOffEventsAreMarkedInWords() {
        Element m = site.pages.get("timeline/index.html").selectFirst("li.milestone.called-off");
        assertTrue(m != null, "the sample content has a called-off strike");
        assertEquals("Called off", m.selectFirst(".badge-called-off").text());
    }

    @Test
    void numberedCitationsLinkToExistingSourceEntries() {
        Document sources = site.pages.get("sources/index.html");
        int checked = 0;
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            for (Element a : e.getValue().select(".cites a, figcaption cite a")) {
                String href = a.attr("href");
                assertTrue(site.resolve(e.getKey(), href).equals("sources/index.html"), e.getKey() + ": " + href);
                String id = href.substring(href.indexOf('#') + 1);
                assertTrue(sources.getElementById(id) != null, e.getKey() + ": no source entry " + id);
                checked++;
            }
        }
        assertTrue(checked > 100, "citations checked: " + checked);
    }

    /**
     * Under each source the sources page lists the first few items of each kind that cite it, in
     * the order of the source's own page, which lists them all; where there are more, the list
     * ends with a link to that part of the source's page, saying how many.
     */
    @Test
    void theSourcesPageListsTheFirstCitersOfEachKindAndEachSourcesOwnPageListsThemAll() {
        Document sources = site.pages.get("sources/index.html");
        Map<String, String> itemsOnOwnPage = Map.of("events", "#events li a", "quotes", "#quotes figcaption a[href*=quotes/]",
                "figures", "#figures li", "positions", "#positions li a", "issues", "#issues li a");
        int entries = 0;
        int cut = 0;
        for (Element entry : sources.select("ol.source-list > li")) {
            entries++;
            String ownPage = site.resolve("sources/index.html", entry.selectFirst("p.source-page a").attr("href"));
            Document own = site.pages.get(ownPage);
            assertTrue(own != null, entry.id() + ": no page at " + ownPage);
            assertEquals("source-" + ownPage.substring("sources/".length(), ownPage.length() - ".html".length()), entry.id());
            for (Element dt : entry.select("dt")) {
                String kind = dt.text().toLowerCase();
                List<String> all = own.select(itemsOnOwnPage.get(kind)).stream()
                        .map(e -> e.tagName().equals("a") ? site.resolve(ownPage, e.attr("href")) : e.text()).toList();
                List<Element> listed = dt.nextElementSibling().select("li");
                Element last = listed.get(listed.size() - 1);
                boolean more = last.text().startsWith("all ");
                if (more) listed = listed.subList(0, listed.size() - 1);
                List<String> shown = listed.stream().map(li -> li.selectFirst("a") != null
                        ? site.resolve("sources/index.html", li.selectFirst("a").attr("href")) : li.text()).toList();
                String where = entry.id() + " " + kind;
                assertEquals(Math.min(all.size(), SiteRenderer.SOURCE_CITERS_LISTED), shown.size(), where + ": " + shown);
                for (int i = 0; i < shown.size(); i++) {
                    // A figure is text, which its own page follows with the figure's date.
                    assertTrue(kind.equals("figures") ? all.get(i).startsWith(shown.get(i)) : all.get(i).equals(shown.get(i)),
                            where + " " + i + ": " + shown.get(i) + " against " + all.get(i));
                }
                assertEquals(all.size() > SiteRenderer.SOURCE_CITERS_LISTED, more, where + ": a link to the rest iff there is more");
                if (more) {
                    cut++;
                    assertEquals("all " + all.size() + " " + kind, last.text(), where);
                    String href = last.selectFirst("a").attr("href");
                    assertEquals(ownPage, site.resolve("sources/index.html", href), where);
                    assertTrue(href.endsWith("#" + kind) && own.getElementById(kind) != null, where + ": " + href);
                }
            }
        }
        assertEquals(site.paths("sources/").size() - 1, entries, "a page per source, besides the list");
        assertTrue(cut > 0, "no list of the real content is long enough to be cut: the cut is untested");
    }

    @Test
    void noLinkTextIsABareRepeatedShareOrLink() {
        for (Map.Entry<String, Document> e : site.pages.entrySet()) {
            for (Element a : e.getValue().select("a")) {
                String text = a.text().strip().toLowerCase();
                assertFalse(text.equals("share") || text.equals("link") || text.equals("link to this quote")
                        || text.equals("here") || text.equals("more"), e.getKey() + ": bare link text '" + text + "'");
            }
        }
    }

    /** The main navigation marks the page's own link "page" and its section's link "true", and no other. */
    @Test
    void mainNavigationMarksThePageAndItsSection() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("timeline/index.html", "Timeline=page");
        expected.put("timeline/kind/strike/index.html", "Timeline=true");
        expected.put(firstItemPage("milestones/"), "Timeline=true");
        expected.put("actors/index.html", "Who's who=page");
        expected.put("actors/jeremy-hunt.html", "Who's who=true");
        expected.put("quotes/index.html", "Quotes=page");
        expected.put(firstItemPage("quotes/"), "Quotes=true");
        expected.put("issues/index.html", "Issues=page");
        expected.put("sources/index.html", "Sources=page");
        expected.put("sources/bbc-live-2016-02-11.html", "Sources=true");
        expected.put("about/index.html", "About this explainer=page");
        expected.put("where-things-stand/index.html", "Where things stand=page");
        expected.put("index.html", "");
        expected.put("404.html", "");
        Map<String, String> actual = new java.util.LinkedHashMap<>();
        expected.keySet().forEach(p -> {
            List<String> marked = new ArrayList<>();
            for (Element a : site.pages.get(p).select("nav.site-nav a[aria-current]")) {
                marked.add(a.text() + "=" + a.attr("aria-current"));
            }
            actual.put(p, String.join(", ", marked));
        });
        assertEquals(expected, actual);
    }

    private static String firstItemPage(String prefix) {
        return site.paths(prefix).stream().filter(Routes::isItemFile).sorted().findFirst().orElseThrow();
    }
}
