package org.explainer.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Issue;
import org.explainer.model.Markdown;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Routes;
import org.explainer.model.Side;
import org.explainer.model.Source;
import org.explainer.problem.Problems;

/**
 * Renders every Markdown text of the graph once, in parallel, checking each internal link against
 * the addresses the site will have. A broken link fails the build here, before anything is written.
 */
public final class MarkdownStage {

    private MarkdownStage() {
    }

    /** Every Markdown text with its HTML (links relative to {@link MarkdownRenderer#ROOT}). */
    public static Map<Markdown, String> render(Graph graph, Set<String> extraFiles) {
        return render(graph, extraFiles, Map.of());
    }

    /**
     * As {@link #render(Graph, Set)}, taking the HTML of texts found in {@code earlier} instead of
     * rendering them again; {@code earlier} must come from a render against the same routes.
     */
    public static Map<Markdown, String> render(Graph graph, Set<String> extraFiles, Map<Markdown, String> earlier) {
        MarkdownRenderer renderer = new MarkdownRenderer(routes(graph, extraFiles));
        List<Markdown> texts = new ArrayList<>();
        for (Actor a : graph.actors()) texts.add(a.body());
        for (Milestone m : graph.timeline()) texts.add(m.body());
        for (Issue i : graph.issues()) {
            texts.add(i.body());
            for (Issue.Position p : i.positions()) texts.add(p.text());
        }
        for (Question q : graph.questions()) texts.add(q.body());
        for (Page p : graph.pages()) texts.add(p.body());
        Problems problems = new Problems();
        Map<Markdown, String> html = new ConcurrentHashMap<>();
        texts.parallelStream().forEach(md -> {
            String known = earlier.get(md);
            if (known != null) {
                html.put(md, known);
                return;
            }
            MarkdownRenderer.Rendered r = renderer.render(md);
            problems.addAll(r.problems());
            html.put(md, r.html());
        });
        // Checking links is linking: these problems are the content's, reported with its paths.
        problems.throwIfAny("link");
        return html;
    }

    /** The addresses a Markdown link may point to: every page route and every file the site publishes. */
    public static Set<String> routes(Graph graph, Set<String> extraFiles) {
        Set<String> routes = new HashSet<>(extraFiles);
        routes.add(Routes.timeline());
        routes.add(Routes.actors());
        routes.add(Routes.quotes());
        routes.add(Routes.issues());
        routes.add(Routes.sources());
        routes.add("feed.xml");
        routes.add("sitemap.xml");
        routes.add("robots.txt");
        routes.add("data/explainer.json");
        routes.addAll(org.explainer.render.export.Exports.ROUTES);
        for (Side s : graph.site().sides()) routes.add(Routes.sideTimeline(s.id()));
        for (Milestone m : graph.timeline()) {
            routes.add(Routes.milestone(m.id()));
            if (Routes.hasKindTimeline(m.type())) routes.add(Routes.kindTimeline(m.type()));
        }
        for (Actor a : graph.actors()) routes.add(Routes.actor(a.id()));
        for (Quote q : graph.quotes()) routes.add(Routes.quote(q.id()));
        for (Issue i : graph.issues()) routes.add(Routes.issue(i.id()));
        for (Source s : graph.sources()) routes.add(Routes.sourcePage(s.id()));
        for (Page p : graph.pages()) routes.add(Routes.page(p.id()));
        routes.addAll(graph.assets());
        return routes;
    }
}
