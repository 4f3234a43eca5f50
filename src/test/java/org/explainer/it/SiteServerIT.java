package org.explainer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test server answers like GitHub Pages does for a project site, and never leaves its folder. */
class SiteServerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static SiteServer server;

    @BeforeAll
    static void serveATinySite() throws IOException {
        Path dir = Path.of("target/site-server-it");
        Path site = Files.createDirectories(dir.resolve("site/timeline"));
        Files.writeString(dir.resolve("secret.txt"), "not for readers");
        Files.writeString(dir.resolve("site/index.html"), "home");
        Files.writeString(dir.resolve("site/404.html"), "not found page");
        Files.writeString(dir.resolve("site/timeline/index.html"), "timeline");
        Files.writeString(dir.resolve("site/style.css"), "body{}");
        Files.writeString(dir.resolve("site/data.json"), "{}");
        Files.writeString(dir.resolve("site/feed.xml"), "<feed/>");
        Files.writeString(dir.resolve("site/map.png"), "<svg/>");
        server = SiteServer.start(site.getParent(), "/dispute-explainer/");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void servesAFolderAsItsIndexPage() throws Exception {
        assertResponse("/dispute-explainer/", 200, "text/html; charset=utf-8", "home");
        assertResponse("/dispute-explainer/timeline/", 200, "text/html; charset=utf-8", "timeline");
        assertResponse("/dispute-explainer/timeline/index.html", 200, "text/html; charset=utf-8", "timeline");
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws Exception {
        HttpResponse<String> r = get("/dispute-explainer/timeline");
        assertEquals(301, r.statusCode());
        assertEquals(Optional.of("/dispute-explainer/timeline/"), r.headers().firstValue("Location"));
        assertEquals(Optional.of("/dispute-explainer/"), get("/dispute-explainer").headers().firstValue("Location"));
    }

    @Test
    void answersAnUnknownPathWithTheSitesNotFoundPage() throws Exception {
        assertResponse("/dispute-explainer/no/such/page/", 404, "text/html; charset=utf-8", "not found page");
        assertResponse("/somewhere-else/", 404, "text/html; charset=utf-8", "not found page");
    }

    @Test
    void sendsTheContentTypeOfEachKindOfFile() throws Exception {
        assertResponse("/dispute-explainer/style.css", 200, "text/css; charset=utf-8", "body{}");
        assertResponse("/dispute-explainer/data.json", 200, "application/json; charset=utf-8", "{}");
        assertResponse("/dispute-explainer/feed.xml", 200, "application/xml", "<feed/>");
        assertResponse("/dispute-explainer/map.png", 200, "image/svg+xml", "<svg/>");
    }

    @Test
    void neverServesAFileOutsideTheSiteFolder() throws Exception {
        assertResponse("/dispute-explainer/../secret.txt", 404, "text/html; charset=utf-8", "not found page");
        assertResponse("/dispute-explainer/%2e%2e/secret.txt", 404, "text/html; charset=utf-8", "not found page");
        assertResponse("/dispute-explainer/..%2fsecret.txt", 404, "text/html; charset=utf-8", "not found page");
        assertResponse("/dispute-explainer/timeline/%2e%2e/%2e%2e/secret.txt", 404, "text/html; charset=utf-8",
                "not found page");
    }

    private static void assertResponse(String path, int status, String type, String body) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path);
        assertEquals(Optional.of(type), r.headers().firstValue("Content-Type"), path);
        assertEquals(body, r.body(), path);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String origin = server.url().substring(0, server.url().indexOf("/dispute-explainer/"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
