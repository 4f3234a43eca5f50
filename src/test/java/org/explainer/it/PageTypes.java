package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.explainer.link.Graph;

/** One real route of each kind of page the generator writes, picked from the built site. */
final class PageTypes {

    private PageTypes() {
    }

    /** Page type name -> route under the base URL, in reading order; search only when built. */
    static Map<String, String> of(ItSite site) {
        Graph g = site.graph();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("home", "index.html");
        out.put("timeline", "timeline/index.html");
        out.put("timeline-filter", timelineFilter(site.dir()));
        out.put("milestone", "milestones/" + g.timeline().get(0).id() + ".html");
        out.put("actors", "actors/index.html");
        out.put("actor", "actors/" + g.actors().stream()
                .filter(a -> !g.quotesByActor().getOrDefault(a.id(), java.util.List.of()).isEmpty())
                .findFirst().orElse(g.actors().get(0)).id() + ".html");
        out.put("quotes", "quotes/index.html");
        out.put("quote", "quotes/" + g.quotes().get(0).id() + ".html");
        out.put("issues", "issues/index.html");
        out.put("issue", "issues/" + g.issues().get(0).id() + ".html");
        out.put("sources", "sources/index.html");
        out.put("source", "sources/" + g.sources().get(0).id() + ".html");
        if (!g.pages().isEmpty()) out.put("page", g.pages().get(0).id() + "/index.html");
        out.put("404", "no/such/page/");
        if (Files.isRegularFile(site.dir().resolve("search/index.html"))) out.put("search", "search/index.html");
        return out;
    }

    /** The first pre-rendered filtered view of the timeline, e.g. timeline/side/doctors/index.html. */
    private static String timelineFilter(Path dir) {
        Path timeline = dir.resolve("timeline");
        try (Stream<Path> walk = Files.walk(timeline, 3)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> timeline.relativize(p).getNameCount() == 3)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("no filtered timeline page under " + timeline));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
