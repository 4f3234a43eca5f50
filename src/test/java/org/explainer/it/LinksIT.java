package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.it.LinkChecker.Broken;
import org.explainer.it.LinkChecker.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every internal link, source and fragment of the real site and of each fixture site resolves. */
class LinksIT {

    @Test
    void realSiteHasNoBrokenInternalLinks() {
        ItSite site = ItSite.get();
        Report report = new LinkChecker(site.dir(), site.url()).check();
        System.out.println("Link checker, real site: " + report.pages() + " pages, " + report.links() + " internal links");
        assertTrue(report.links() > 1000, "suspiciously few links checked: " + report.links());
        assertEquals(List.of(), report.broken(), broken(report));
    }

    /** One test per fixture site under src/test/resources/sites/, built with the real templates. */
    @TestFactory
    Stream<DynamicTest> fixtureSitesHaveNoBrokenInternalLinks() {
        List<Path> sites = Fixtures.all();
        assertTrue(sites.stream().anyMatch(p -> p.endsWith("links")), "the links fixture is missing");
        return sites.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Fixtures.Built built = Fixtures.build(dir, "links");
            Report report = new LinkChecker(built.out(), built.baseUrl()).check();
            System.out.println("Link checker, fixture " + built.name() + ": " + report.pages() + " pages, "
                    + report.links() + " internal links");
            assertTrue(report.links() > 0, "no internal links found in " + built.out());
            assertEquals(List.of(), report.broken(), broken(report));
        }));
    }

    @Test
    void linksFixtureExercisesFragmentsAssetsAndRootAbsoluteLinks() {
        Path out = Path.of("target/it-fixtures/links-own");
        String base = "https://fixtures.example/riverside/";
        Builder.build(BuildOptions.of(Fixtures.ROOT.resolve("links/content"), Path.of("templates"), out).withBaseUrl(base));
        Report report = new LinkChecker(out, base).check();
        assertEquals(List.of(), report.broken(), broken(report));
        // The fixture is only useful if what it links to is really there to be checked.
        assertTrue(Files.isRegularFile(out.resolve("assets/map.png")), "the fixture's image was not copied");
        assertTrue(Files.isRegularFile(out.resolve("404.html")), "no 404 page, whose links are root-absolute");
        assertTrue(report.pages() >= 20, "only " + report.pages() + " pages in the fixture");
    }

    @Test
    void checkerReportsBrokenHrefMissingFragmentFolderLinkAndEscape() throws IOException {
        Path dir = Path.of("target/links-negative");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/index.html"), "<!doctype html><title>s</title><p id=\"here\">s</p>");
        Files.writeString(dir.resolve("style.css"), "body { background: url('img/missing.png'); }\n");
        Files.writeString(dir.resolve("index.html"), """
                <!doctype html><title>t</title>
                <link rel="stylesheet" href="style.css">
                <a href="sub/index.html#here">fine</a>
                <a href="#top">top is always there</a>
                <a href="https://elsewhere.example/x">other hosts are not checked</a>
                <a href="https://example.org/site/sub/">absolute under the base URL is fine</a>
                <a href="missing.html">broken</a>
                <a href="sub/index.html#nowhere">missing fragment</a>
                <a href="#gone">missing fragment on this page</a>
                <a href="sub/">folder</a>
                <img src="pic.png" alt="">
                <a href="../outside.html">escape</a>
                """);
        Report report = new LinkChecker(dir, "https://example.org/site/").check();
        assertEquals(List.of(
                new Broken("index.html", "a[href]", "missing.html", "no such file: missing.html"),
                new Broken("index.html", "a[href]", "sub/index.html#nowhere", "no id=\"nowhere\" in sub/index.html"),
                new Broken("index.html", "a[href]", "#gone", "no id=\"gone\" in index.html"),
                new Broken("index.html", "a[href]", "sub/",
                        "names a folder; from file:// this shows a folder listing, link to sub/index.html"),
                new Broken("index.html", "a[href]", "../outside.html",
                        "leaves the site: resolves to /outside.html, outside /site/"),
                new Broken("index.html", "img[src]", "pic.png", "no such file: pic.png"),
                new Broken("style.css", "url()", "img/missing.png", "no such file: img/missing.png")),
                report.broken());
    }

    private static String broken(Report report) {
        return report.broken().size() + " broken links:\n"
                + String.join("\n", report.broken().stream().map(Broken::toString).toList());
    }
}
