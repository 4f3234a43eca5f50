package org.explainer.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.model.Side;
import org.explainer.model.Source;

/**
 * The files written for machines rather than readers: the Atom feed, the sitemap, robots.txt and
 * the JSON export of the whole model. Written in Java, not templates, because their escaping rules
 * are not HTML's. Absolute URLs come from the base URL; nothing here reads the clock.
 */
public final class MachineFiles {

    /** The version of /data/explainer.json's schema (docs/data.md); raised when a field changes meaning. */
    public static final String SCHEMA_VERSION = "1.0";
    /** Entries in the feed: readers poll it for what is new, and an archive's whole timeline would be megabytes. */
    public static final int FEED_ENTRIES = 100;
    /** URLs in one sitemap file, the sitemaps.org limit; a bigger site gets an index of several. */
    public static final int SITEMAP_URLS = 50_000;

    private final Graph graph;
    private final String base;

    public MachineFiles(Graph graph) {
        this.graph = graph;
        this.base = graph.site().baseUrl();
    }

    public String absolute(String route) {
        return base + Routes.url(route);
    }

    /** Atom: the newest {@link #FEED_ENTRIES} milestones, newest first. */
    public String feed(java.util.function.Function<Milestone, String> milestoneHtml) {
        List<Milestone> timeline = graph.timeline();
        List<Milestone> newest = new ArrayList<>(timeline.subList(Math.max(0, timeline.size() - FEED_ENTRIES), timeline.size()));
        java.util.Collections.reverse(newest);
        String updated = newest.isEmpty()
                ? graph.site().updated().map(d -> d.firstDay().toString()).orElse("1970-01-01")
                : newest.get(0).date().firstDay().toString();
        if (graph.site().updated().isPresent() && graph.site().updated().get().firstDay().toString().compareTo(updated) > 0) {
            updated = graph.site().updated().get().firstDay().toString();
        }
        StringBuilder s = new StringBuilder(4096);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(graph.site().language())).append("\">\n");
        s.append("  <title>").append(Xml.escape(graph.site().title())).append("</title>\n");
        s.append("  <subtitle>").append(Xml.escape(graph.site().description())).append("</subtitle>\n");
        s.append("  <id>").append(Xml.escape(base)).append("</id>\n");
        s.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base)).append("\"/>\n");
        s.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(absolute("feed.xml"))).append("\"/>\n");
        s.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        s.append("  <author><name>").append(Xml.escape(graph.site().title())).append("</name></author>\n");
        for (Milestone m : newest) {
            String url = absolute(Routes.milestone(m.id()));
            s.append("  <entry>\n");
            s.append("    <title>").append(Xml.escape(m.title())).append("</title>\n");
            s.append("    <id>").append(Xml.escape(url)).append("</id>\n");
            s.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            s.append("    <updated>").append(m.date().firstDay()).append("T00:00:00Z</updated>\n");
            String html = milestoneHtml.apply(m).replace(MarkdownRenderer.ROOT, base);
            // Escaped HTML, not CDATA: content containing "]]>" cannot end the section early.
            s.append("    <content type=\"html\">").append(Xml.escape(html)).append("</content>\n");
            s.append("  </entry>\n");
        }
        return s.append("</feed>\n").toString();
    }

    /** How many sitemap files {@code routes} need: one, or several listed by an index in sitemap.xml. */
    public static int sitemapParts(int routes) {
        return Math.max(1, (routes + SITEMAP_URLS - 1) / SITEMAP_URLS);
    }

    /** The sitemap file of part {@code n} (from 1) when there are several: sitemap-1.xml, ... */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** sitemap.xml when the site needs several sitemaps: an index of their absolute URLs. */
    public String sitemapIndex(int parts) {
        StringBuilder s = new StringBuilder(parts * 80 + 200);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int n = 1; n <= parts; n++) {
            s.append("  <sitemap><loc>").append(Xml.escape(absolute(sitemapPart(n)))).append("</loc></sitemap>\n");
        }
        return s.append("</sitemapindex>\n").toString();
    }

    /** Every published HTML page, as absolute URLs under the base URL. */
    public String sitemap(List<String> routes) {
        StringBuilder s = new StringBuilder(routes.size() * 80 + 200);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String route : routes) {
            s.append("  <url><loc>").append(Xml.escape(absolute(route))).append("</loc></url>\n");
        }
        return s.append("</urlset>\n").toString();
    }

    public String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + absolute("sitemap.xml") + "\n";
    }

    /** The whole resolved model, for reuse: the schema is documented in docs/data.md. */
    public String explainerJson() {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            explainerJson(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The same JSON, written an item at a time: each item's map is made as it is written and then
     * dropped, so an archive of 100,000 milestones never holds its whole export in memory.
     */
    public void explainerJson(java.io.Writer out) throws java.io.IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", absolute(org.explainer.render.export.Exports.SCHEMA));
        root.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", graph.site().title());
        site.put("description", graph.site().description());
        site.put("language", graph.site().language());
        site.put("baseUrl", base);
        site.put("updated", graph.site().updated().map(Object::toString).orElse(null));
        root.put("site", site);
        root.put("sides", graph.site().sides().stream().map(this::side).toList());
        root.put("actors", LazyList.of(graph.actors(), this::actor));
        root.put("milestones", LazyList.of(graph.timeline(), this::milestone));
        root.put("quotes", LazyList.of(graph.quotes(), this::quote));
        root.put("sources", LazyList.of(graph.sources(), this::source));
        root.put("issues", LazyList.of(graph.issues(), this::issue));
        root.put("questions", LazyList.of(graph.questions(), this::question));
        root.put("figures", LazyList.of(graph.figures(), this::figure));
        root.put("pages", LazyList.of(graph.pages(), this::page));
        Json.pretty(root, out);
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private Map<String, Object> side(Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("label", s.label());
        m.put("description", s.description());
        return m;
    }

    private Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("url", absolute(Routes.actor(a.id())));
        m.put("name", a.name());
        m.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("role", a.role());
        m.put("side", a.side().id());
        m.put("memberOf", a.memberOf().map(Ref::id).orElse(null));
        m.put("aliases", a.aliases());
        m.put("body", a.body().text().strip());
        return m;
    }

    private Map<String, Object> milestone(Milestone x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("url", absolute(Routes.milestone(x.id())));
        m.put("title", x.title());
        m.put("date", x.date().iso());
        m.put("kind", x.type().isEmpty() ? null : x.type());
        m.put("status", x.status().word());
        m.put("actors", ids(x.actors()));
        m.put("sources", ids(x.sources()));
        m.put("quotes", graph.quotesByMilestone().getOrDefault(x.id(), List.of()).stream().map(Quote::id).toList());
        m.put("body", x.body().text().strip());
        return m;
    }

    private Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("url", absolute(Routes.quote(q.id())));
        m.put("actor", q.actor().id());
        m.put("text", q.text());
        m.put("date", q.date().iso());
        m.put("source", q.source().id());
        m.put("milestone", q.milestone().map(Ref::id).orElse(null));
        m.put("issues", ids(q.issues()));
        m.put("context", q.context().isEmpty() ? null : q.context());
        m.put("verified", graph.isVerified(q));
        return m;
    }

    private Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("number", graph.number(s.id()));
        m.put("title", s.title());
        m.put("author", s.author().isEmpty() ? null : s.author());
        m.put("publisher", s.publisher().isEmpty() ? null : s.publisher());
        m.put("date", s.date().iso());
        m.put("url", s.url().isEmpty() ? null : s.url());
        m.put("hasTextCopy", s.text().isPresent());
        return m;
    }

    private Map<String, Object> issue(Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("url", absolute(Routes.issue(i.id())));
        m.put("title", i.title());
        m.put("summary", i.summary());
        List<Object> positions = new ArrayList<>();
        for (Issue.Position p : i.positions()) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("side", p.side().id());
            position.put("text", p.text().text().strip());
            position.put("sources", ids(p.sources()));
            positions.add(position);
        }
        m.put("positions", positions);
        m.put("sources", ids(i.sources()));
        m.put("body", i.body().text().strip());
        return m;
    }

    private Map<String, Object> question(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("title", q.title());
        m.put("order", q.order());
        m.put("answer", q.body().text().strip());
        return m;
    }

    private Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("value", f.value());
        m.put("label", f.label());
        m.put("source", f.source().id());
        m.put("date", f.date().map(Object::toString).orElse(null));
        return m;
    }

    private Map<String, Object> page(Page p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("url", absolute(Routes.page(p.id())));
        m.put("title", p.title());
        m.put("order", p.order() == Page.UNORDERED ? null : p.order());
        m.put("body", p.body().text().strip());
        return m;
    }
}
