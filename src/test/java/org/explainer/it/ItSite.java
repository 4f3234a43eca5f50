package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.link.Graph;

/**
 * The real explainer, built once per test JVM from {@code content/} and {@code templates/} into
 * {@code target/it-site/} with the base URL of a local server that serves it under
 * {@code /dispute-explainer/}, so canonical URLs, the feed and the sitemap point at that server.
 */
public final class ItSite {

    /** The sub-path GitHub Pages gives a project site named dispute-explainer. */
    public static final String BASE_PATH = "/dispute-explainer/";

    private static ItSite instance;

    private final SiteServer server;
    private final Path dir;
    private final Graph graph;

    private ItSite(SiteServer server, Path dir, Graph graph) {
        this.server = server;
        this.dir = dir;
        this.graph = graph;
    }

    /** The built, served site; the first call builds it (a second or two) and starts the server. */
    public static synchronized ItSite get() {
        if (instance == null) {
            Path project = Path.of("").toAbsolutePath();
            Path dir = project.resolve("target/it-site");
            try {
                SiteServer server = SiteServer.start(dir, BASE_PATH);
                BuildOptions options = BuildOptions.of(project.resolve("content"), project.resolve("templates"), dir)
                        .withBaseUrl(server.url()).withSearch(true);
                Builder.build(options);
                instance = new ItSite(server, dir, Builder.model(options));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:4711/dispute-explainer/}. */
    public String url() {
        return server.url();
    }

    /** The absolute URL of a route such as {@code timeline/} or {@code sources/#source-x}. */
    public String url(String route) {
        return server.url() + route;
    }

    /** The built output folder. */
    public Path dir() {
        return dir;
    }

    /** The content model the site was built from, to pick real ids for journeys. */
    public Graph graph() {
        return graph;
    }
}
