package org.explainer.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * With Node.js and Pagefind installed (`npm ci`), a build indexes the site and every page offers a
 * search box. Skipped with a notice where Pagefind is not installed; the search-off side is in
 * {@link PageBudgetTest#noSearchBoxOrSearchPageWhenSearchIsOff()}.
 */
class SearchOnTest {

    @Test
    void searchBoxOnEveryPageAndAnIndexWhenPagefindIsInstalled() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("node_modules/pagefind/lib/runner/bin.cjs")),
                "Pagefind is not installed here (run npm ci); search-on build not tested");
        BuiltSite site = BuiltSite.build(true);
        assertTrue(Files.isRegularFile(site.root.resolve("pagefind/pagefind-ui.js")), "Pagefind's UI script");
        assertTrue(Files.isDirectory(site.root.resolve("pagefind/index")), "Pagefind's index");
        Document search = site.pages.get("search/index.html");
        assertTrue(search != null, "the search page");
        assertTrue(search.select("noscript").text().startsWith("Search needs JavaScript"));
        site.pages.forEach((p, d) -> {
            // The search page has its own box; the embed page has no site header by design.
            if (p.equals("search/index.html") || p.startsWith("embed/")) return;
            Element form = d.selectFirst("header form[role=search]");
            assertTrue(form != null, p + " has no search box");
            assertEquals("search/index.html", site.resolve(p, form.attr("action")), p);
            assertEquals("q", form.selectFirst("input[type=search]").attr("name"), p);
        });
        assertTrue(site.pages.get("actors/jeremy-hunt.html").selectFirst("main[data-pagefind-body]") != null,
                "actor pages are indexed");
        assertTrue(site.pages.get("timeline/index.html").selectFirst("main[data-pagefind-body]") == null,
                "lists are not indexed twice");
    }
}
