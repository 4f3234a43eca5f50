package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.build.SyntheticDispute;

/**
 * A made-up dispute long enough for the paged lists the real content is too short to have: 1,100
 * milestones, so 2,200 quotes on eleven pages (a pager that shows a window with gaps) and a
 * timeline of six; and twenty actors, each in some 110 events and quotes, more than their page
 * lists, so that each has a list of their quotes and a timeline of their own. Built once per test
 * JVM into {@code target/it-paged-site/} and served like {@link ItSite}.
 */
final class PagedSite {

    static final String QUOTES_PAGE = "quotes-page-6";
    static final String TIMELINE_PAGE = "timeline-page-3";
    static final String BUSY_ACTOR = "actor-with-more";

    private static PagedSite instance;

    private final SiteServer server;
    private final Path dir;

    private PagedSite(SiteServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    static synchronized PagedSite get() {
        if (instance == null) {
            Path target = Path.of("target").toAbsolutePath();
            Path content = target.resolve("it-paged-content");
            Path dir = target.resolve("it-paged-site");
            try {
                SyntheticDispute.write(content, 1_100, 20); // the same files each time: nothing stale
                SiteServer server = SiteServer.start(dir, ItSite.BASE_PATH);
                Builder.build(BuildOptions.of(content, Path.of("templates").toAbsolutePath(), dir).withBaseUrl(server.url()));
                instance = new PagedSite(server, dir);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Page type name -> route: a page in the middle of each paged list, and a busy actor's page and lists. */
    static Map<String, String> pages() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(QUOTES_PAGE, "quotes/page/6/index.html");
        out.put(TIMELINE_PAGE, "timeline/page/3/index.html");
        out.put(BUSY_ACTOR, "actors/a00000.html");
        out.put("actor-quotes", "quotes/actor/a00000/index.html");
        out.put("actor-timeline", "timeline/actor/a00000/index.html");
        return out;
    }

    String url(String route) {
        return server.url() + route;
    }

    Path dir() {
        return dir;
    }
}
