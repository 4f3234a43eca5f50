package org.explainer.render.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.PartialDate;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.model.Source;
import org.explainer.render.DateText;
import org.explainer.render.Json;
import org.explainer.render.LazyList;
import org.explainer.render.MarkdownRenderer;

/**
 * {@code /data/timeline.json}: the timeline in TimelineJS3's JSON format
 * (timeline.knightlab.com/docs/json-format.html), so a newsroom can show it with TimelineJS. One
 * event per milestone, in timeline order; a date gives only the parts the content knows, and
 * {@code display_date} writes it at that precision. TimelineJS reads headlines and texts as HTML,
 * so titles are HTML-escaped ({@link Html}) and links in texts are absolute.
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    /**
     * @param milestoneHtml each milestone's rendered body, with {@link MarkdownRenderer#ROOT} for the site's root
     */
    public static String json(Graph graph, Function<Milestone, String> milestoneHtml) {
        return Json.pretty(document(graph, milestoneHtml));
    }

    /** The same text, written to {@code out} an event at a time: at 100,000 milestones it is ~160 MB. */
    public static void write(Graph graph, Function<Milestone, String> milestoneHtml, java.io.Writer out) throws java.io.IOException {
        Json.pretty(document(graph, milestoneHtml), out);
    }

    /** The document, with its events made one by one as the JSON writer reads them. */
    private static Map<String, Object> document(Graph graph, Function<Milestone, String> milestoneHtml) {
        String base = graph.site().baseUrl();
        DateText dates = new DateText(graph.site().language());
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", text(Html.text(graph.site().title()), "<p>" + Html.text(graph.site().description()) + "</p>"
                + "<p><a href=\"" + Html.escape(base) + "\">" + Html.text(base) + "</a></p>"));
        title.put("unique_id", "title");
        root.put("title", title);
        root.put("events", LazyList.of(graph.timeline(), m -> event(graph, milestoneHtml, dates, base, m)));
        root.put("scale", "human");
        return root;
    }

    private static Map<String, Object> event(Graph graph, Function<Milestone, String> milestoneHtml, DateText dates, String base,
                                             Milestone m) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("start_date", date(m.date()));
        e.put("display_date", dates.format(m.date()));
        String url = base + Routes.url(Routes.milestone(m.id()));
        String body = milestoneHtml.apply(m).replace(MarkdownRenderer.ROOT, base).strip();
        e.put("text", text(Html.text(m.title()), body + who(graph, m) + cites(graph, m)
                + "<p><a href=\"" + Html.escape(url) + "\">Read more</a></p>"));
        if (!m.type().isEmpty()) e.put("group", m.type());
        e.put("unique_id", m.id());
        return e;
    }

    /** A TimelineJS date: year, month and day as text, only as far as the date is known. */
    static Map<String, Object> date(PartialDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", Integer.toString(d.year()));
        if (d.month() != 0) m.put("month", Integer.toString(d.month()));
        if (d.day() != 0) m.put("day", Integer.toString(d.day()));
        return m;
    }

    private static Map<String, Object> text(String headline, String html) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", headline);
        m.put("text", html);
        return m;
    }

    private static String who(Graph graph, Milestone m) {
        if (m.actors().isEmpty()) return "";
        List<String> names = new ArrayList<>();
        for (Ref r : m.actors()) {
            Actor a = graph.actor(r.id());
            if (a != null) names.add(Html.text(a.name()));
        }
        return "<p>Who: " + String.join(", ", names) + "</p>";
    }

    private static String cites(Graph graph, Milestone m) {
        if (m.sources().isEmpty()) return "";
        List<String> out = new ArrayList<>();
        for (Ref r : m.sources()) {
            Source s = graph.source(r.id());
            if (s == null) continue;
            String href = graph.site().baseUrl() + Routes.source(s.id());
            out.add("<a href=\"" + Html.escape(href) + "\">[" + graph.number(s.id()) + "] " + Html.text(s.title()) + "</a>");
        }
        return "<p>Sources: " + String.join("; ", out) + "</p>";
    }
}
