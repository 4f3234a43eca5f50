package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} end to end: real HTTP, real file events, over a temporary copy of the real content. */
class ServeTest {

    static final String MILESTONE = "milestones/2002-consultants-reject-contract.md";
    static final String SCRIPT_TAG = "<script src=\"/__explainer/reload.js\" defer></script>";

    @TempDir
    Path dir;

    @Test
    void servesThePagesUnderTheBasePathWithTheReloadScript() throws IOException {
        try (Preview p = Preview.start(dir)) {
            assertEquals("/dispute-explainer/", p.base());
            assertTrue(p.running.address().getAddress().isLoopbackAddress(), "loopback only unless --host says otherwise");
            assertEquals("http://127.0.0.1:" + p.running.port() + "/dispute-explainer/", p.running.url());
            HttpResponse<String> home = p.get("/dispute-explainer/");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
            String built = new String(p.running.site().state().files().get("index.html"), StandardCharsets.UTF_8);
            assertFalse(built.contains("__explainer"), "the reload script must never be part of the site itself");
            assertEquals(built.replace("</head>", "<link rel=\"stylesheet\" href=\"/__explainer/overlay.css\">"
                    + SCRIPT_TAG + "</head>"), home.body());

            HttpResponse<String> root = p.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/dispute-explainer/", root.headers().firstValue("Location").orElse(""));
            HttpResponse<String> noSlash = p.get("/dispute-explainer/timeline");
            assertEquals(302, noSlash.statusCode());
            assertEquals("/dispute-explainer/timeline/", noSlash.headers().firstValue("Location").orElse(""));
            HttpResponse<String> itemFolder = p.get("/dispute-explainer/actors/jeremy-hunt/");
            assertEquals(302, itemFolder.statusCode(), "an item's page at its route, as links made before it was a file");
            assertEquals("/dispute-explainer/actors/jeremy-hunt.html", itemFolder.headers().firstValue("Location").orElse(""));

            HttpResponse<String> css = p.get("/dispute-explainer/static/style.css");
            assertEquals(200, css.statusCode());
            assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
            assertEquals(Files.readString(p.templates.resolve("static/style.css")), css.body());
            assertTrue(p.get("/__explainer/reload.js").body().contains("new EventSource(\"/__explainer/events\")"));
        }
    }

    @Test
    void answersUnknownPathsWithTheSitesNotFoundPage() throws IOException {
        try (Preview p = Preview.start(dir)) {
            String notFound = new String(ClientFiles.inject(p.running.site().state().files().get("404.html"),
                    List.of()), StandardCharsets.UTF_8);
            for (String path : List.of("/dispute-explainer/no-such-page/", "/dispute-explainer/actors/nobody/",
                    "/elsewhere/index.html")) {
                HttpResponse<String> r = p.get(path);
                assertEquals(404, r.statusCode(), path);
                assertEquals(notFound, r.body(), path);
            }
        }
    }

    @Test
    void refusesEveryPathThatCouldLeadOutsideTheSite() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        try (Preview p = Preview.start(dir.resolve("site"), d ->
                Files.createSymbolicLink(d.resolve("templates/static/leak.txt"), secret))) {
            List<String> bad = List.of(
                    "/dispute-explainer/../../../secret.txt",
                    "/dispute-explainer/static/../../secret.txt",
                    "/dispute-explainer/%2e%2e/%2e%2e/secret.txt",
                    "/dispute-explainer/%2E%2E/%2E%2E/secret.txt",
                    "/dispute-explainer/.%2e/secret.txt",
                    "/dispute-explainer/..%2f..%2fsecret.txt",
                    "/dispute-explainer/static%2F..%2F..%2Fsecret.txt",
                    "/dispute-explainer/..\\..\\secret.txt",
                    "/dispute-explainer/%5c..%5c..%5csecret.txt",
                    "/dispute-explainer/%c0%ae%c0%ae/secret.txt",
                    "/dispute-explainer/index.html%00.txt",
                    "/dispute-explainer/%zz");
            for (String path : bad) {
                String response = p.raw(path);
                assertTrue(response.startsWith("HTTP/1.1 400 "), path + " -> " + firstLine(response));
                assertFalse(response.contains("TOP SECRET"), path);
            }
            // Decoded once, this is a folder literally named "%2e%2e": harmless, and not there.
            String doubleEncoded = p.raw("/dispute-explainer/%252e%252e/secret.txt");
            assertTrue(doubleEncoded.startsWith("HTTP/1.1 404 "), firstLine(doubleEncoded));
            // A static file that is a symbolic link to a place outside the templates is not served.
            String link = p.raw("/dispute-explainer/static/leak.txt");
            assertTrue(link.startsWith("HTTP/1.1 404 "), firstLine(link));
            assertFalse(link.contains("TOP SECRET"));
            assertFalse(p.running.site().state().files().containsKey("static/leak.txt"));
            assertTrue(p.log.toString(StandardCharsets.UTF_8).contains(
                    "serve: not serving static/leak.txt: it links outside the content and templates folders"));
        }
    }

    @Test
    void sendsAReloadEventWhenAContentFileChanges() throws IOException {
        try (Preview p = Preview.start(dir); Preview.EventStream events = p.events()) {
            Path file = p.content.resolve(MILESTONE);
            Files.writeString(file, Files.readString(file) + "\nA sentence added while serving.\n");
            assertEquals("{}", events.event("reload"));
            assertTrue(p.get("/dispute-explainer/milestones/2002-consultants-reject-contract.html").body()
                    .contains("<p>A sentence added while serving.</p>"));
        }
    }

    @Test
    void showsEveryProblemOverThePageAndClearsThemWhenFixed() throws IOException {
        try (Preview p = Preview.start(dir); Preview.EventStream events = p.events()) {
            Path file = p.content.resolve(MILESTONE);
            String good = Files.readString(file);
            int lines = good.split("\n", -1).length;
            Files.writeString(file, good + "See [the next step](/milestones/no-such-step/).\n");
            String expected = p.content.resolve(MILESTONE) + ":" + lines + ":5: the link '/milestones/no-such-step/'"
                    + " leads to no page of the site";
            String hint = "check the id; pages live at /milestones/<id>/, /actors/<id>/, /issues/<id>/, /quotes/<id>/";
            assertEquals("[{\"line\":\"" + expected + "\",\"hint\":\"" + hint + "\"}]", events.event("problems"));

            String page = p.get("/dispute-explainer/").body();
            assertTrue(page.contains("<section id=\"explainer-problems\" role=\"alert\"><h2>1 problem \u2014 showing the"
                    + " last good build</h2><ul><li><code>" + ClientFiles.escape(expected) + "</code><p>hint: "
                    + ClientFiles.escape(hint) + "</p></li></ul></section></body>"), page);

            Files.writeString(file, good);
            assertEquals("{}", events.event("reload"));
            assertFalse(p.get("/dispute-explainer/").body().contains("explainer-problems"));
        }
    }

    @Test
    void keepsServingTheLastGoodSiteThroughATemplateSyntaxError() throws IOException {
        try (Preview p = Preview.start(dir); Preview.EventStream events = p.events()) {
            String route = "/dispute-explainer/milestones/2002-consultants-reject-contract.html";
            String before = p.get(route).body();
            Path template = p.templates.resolve("milestone.ftlh");
            String good = Files.readString(template);
            Files.writeString(template, good.replace("<h1>${m.title}</h1>", "<h1>${m.title</h1>"));
            String problems = events.event("problems");
            int line = good.substring(0, good.indexOf("<h1>${m.title}</h1>")).split("\n", -1).length;
            assertTrue(problems.startsWith("[{\"line\":\"" + template + ":" + line + ":"), problems);
            assertTrue(problems.contains("template syntax: "), problems);

            HttpResponse<String> during = p.get(route);
            assertEquals(200, during.statusCode());
            assertTrue(during.body().startsWith(before.substring(0, before.indexOf("</body>"))),
                    "the last good page stays, with the problems added");
            assertTrue(during.body().contains("id=\"explainer-problems\""));

            Files.writeString(template, good.replace("<h1>${m.title}</h1>", "<h1 class=\"fixed\">${m.title}</h1>"));
            assertEquals("{}", events.event("reload"));
            assertTrue(p.get(route).body().contains("<h1 class=\"fixed\">Consultants reject the contract on offer"));
        }
    }

    @Test
    void survivesContentThatCannotBeBuiltAtAll() throws IOException {
        try (Preview p = Preview.start(dir); Preview.EventStream events = p.events()) {
            byte[] home = p.running.site().state().files().get("index.html");
            Files.delete(p.content.resolve("site.yaml"));
            assertTrue(events.event("problems").contains("site.yaml is missing"));
            assertArrayEquals(home, p.running.site().state().files().get("index.html"));
            assertEquals(200, p.get("/dispute-explainer/").statusCode());
        }
    }

    @Test
    void aPageThatFailsWhenMadeOnRequestShowsItsProblemsWhileTheOthersAreServed() throws IOException {
        // A template mistake that only content can trigger: the timeline fails on a title with "BOOM".
        String trap = "<#list milestones as mm><#if mm.title?contains(\"BOOM\")>${mm.noSuchField}</#if></#list>";
        try (Preview p = Preview.start(dir, d -> {
                    Path t = d.resolve("templates/timeline.ftlh");
                    Files.writeString(t, Files.readString(t).replace("<p class=\"kicker\">Timeline</p>",
                            trap + "<p class=\"kicker\">Timeline</p>"));
                });
             Preview.EventStream events = p.events()) {
            Path file = p.content.resolve(MILESTONE);
            String good = Files.readString(file);
            Files.writeString(file, good.replace("title: \"Consultants reject", "title: \"BOOM: consultants reject"));
            // The timeline is made only when asked for, so the rebuild itself succeeds.
            assertEquals("{}", events.event("reload"));
            assertTrue(p.get("/dispute-explainer/milestones/2002-consultants-reject-contract.html").body().contains("BOOM"));

            HttpResponse<String> timeline = p.get("/dispute-explainer/timeline/");
            assertEquals(500, timeline.statusCode());
            assertTrue(timeline.body().contains("<h1>This page could not be made</h1>"), timeline.body());
            assertTrue(timeline.body().contains(ClientFiles.escape(p.templates.resolve("timeline.ftlh") + ":5:")
                    ) && timeline.body().contains("mm.noSuchField"), timeline.body());

            Files.writeString(file, good);
            assertEquals("{}", events.event("reload"));
            assertEquals(200, p.get("/dispute-explainer/timeline/").statusCode());
        }
    }

    private static String firstLine(String response) {
        int end = response.indexOf("\r\n");
        return end < 0 ? response : response.substring(0, end);
    }
}
