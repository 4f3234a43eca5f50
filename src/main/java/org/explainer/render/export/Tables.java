package org.explainer.render.export;

import java.util.List;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.model.Source;
import org.explainer.render.LazyList;

/**
 * {@code /data/quotes.csv} and {@code /data/milestones.csv}: one row per quote or milestone, in the
 * site's order, for spreadsheets. Lists of ids are joined with {@code ;}, which ids never contain.
 * The columns are documented in docs/data.md.
 */
public final class Tables {

    public static final List<String> QUOTE_COLUMNS = List.of("id", "date", "actor", "actor_name", "text", "source",
            "source_number", "source_title", "source_url", "verified", "milestone", "issues", "context", "url");
    public static final List<String> MILESTONE_COLUMNS = List.of("id", "date", "date_precision", "title", "kind",
            "status", "actors", "actor_names", "sources", "source_numbers", "quotes", "url");

    private Tables() {
    }

    public static String quotes(Graph graph) {
        return Csv.table(QUOTE_COLUMNS, quoteRows(graph));
    }

    public static void writeQuotes(Graph graph, java.io.Writer out) throws java.io.IOException {
        Csv.write(QUOTE_COLUMNS, quoteRows(graph), out);
    }

    public static String milestones(Graph graph) {
        return Csv.table(MILESTONE_COLUMNS, milestoneRows(graph));
    }

    public static void writeMilestones(Graph graph, java.io.Writer out) throws java.io.IOException {
        Csv.write(MILESTONE_COLUMNS, milestoneRows(graph), out);
    }

    /** One row per quote, each made when it is read. */
    private static List<List<String>> quoteRows(Graph graph) {
        return LazyList.of(graph.quotes(), q -> {
            Actor a = graph.actor(q.actor().id());
            Source s = graph.source(q.source().id());
            return List.of(q.id(), q.date().iso(), q.actor().id(), a == null ? "" : a.name(), q.text(),
                    q.source().id(), Integer.toString(graph.number(q.source().id())), s == null ? "" : s.title(),
                    s == null ? "" : s.url(), Boolean.toString(graph.isVerified(q)),
                    q.milestone().map(Ref::id).orElse(""), join(q.issues()), q.context(),
                    graph.site().baseUrl() + Routes.url(Routes.quote(q.id())));
        });
    }

    /** One row per milestone, in timeline order, each made when it is read. */
    private static List<List<String>> milestoneRows(Graph graph) {
        return LazyList.of(graph.timeline(), m -> {
            List<String> names = m.actors().stream().map(r -> graph.actor(r.id()))
                    .map(a -> a == null ? "" : a.name()).toList();
            List<String> numbers = m.sources().stream().map(r -> Integer.toString(graph.number(r.id()))).toList();
            List<String> quotes = graph.quotesByMilestone().getOrDefault(m.id(), List.of()).stream().map(Quote::id).toList();
            return List.of(m.id(), m.date().iso(), m.date().precision().name().toLowerCase(), m.title(), m.type(),
                    m.status().word(), join(m.actors()), String.join("; ", names), join(m.sources()),
                    String.join(";", numbers), String.join(";", quotes),
                    graph.site().baseUrl() + Routes.url(Routes.milestone(m.id())));
        });
    }

    private static String join(List<Ref> refs) {
        return String.join(";", refs.stream().map(Ref::id).toList());
    }
}
