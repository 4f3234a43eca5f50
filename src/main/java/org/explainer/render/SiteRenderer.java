package org.explainer.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Issue;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Quote;
import org.explainer.model.Routes;
import org.explainer.model.Side;
import org.explainer.model.Source;
import org.explainer.parallel.WorkQueue;
import org.explainer.render.Views.Facet;
import org.explainer.render.Views.Link;
import org.explainer.render.Views.MilestoneView;
import org.explainer.render.Views.Pager;
import org.explainer.render.Views.QuoteView;
import org.explainer.render.Views.SiteView;
import org.explainer.render.Views.YearView;
import org.explainer.render.export.Exports;
import org.explainer.render.export.Html;
import org.explainer.write.OutputFile;

/**
 * Plans every file of the site, route by route, and renders each when the writer asks for it, so
 * that pages are rendered in parallel and never all held in memory at once.
 */
public final class SiteRenderer {

    /** Milestones on one timeline page; beyond this the timeline is paged, keeping pages light. */
    public static final int TIMELINE_PAGE = 200;
    /**
     * Events the embedded timeline shows, the latest: a host's page loads it in an iframe, and with
     * every event it was 41 MB at 100,000 milestones; the links lead on to the whole timeline.
     */
    public static final int EMBED_EVENTS = 200;
    /** Quotes on one page of the quotes list. */
    public static final int QUOTES_PAGE = 200;
    /**
     * Actors offered as timeline filters. Beyond this the most active are kept: every timeline page
     * carries the list, so an archive of 10,000 actors would otherwise add 10,000 links to each.
     */
    public static final int ACTOR_FACETS = 50;
    /**
     * What the sources page lists under each source, of each kind (events, quotes, ...); the rest
     * is on the source's own page. Every citation leads to the sources page, and a source cited by
     * thousands of items would otherwise make it tens of megabytes (27 MB at 100,000 milestones).
     */
    public static final int SOURCE_CITERS_LISTED = 10;
    /**
     * What an actor's page lists of their quotes and of their events, and an issue's page of its
     * quotes. Beyond this the lists go on in paged lists of their own ({@link Routes#actorTimeline},
     * {@link Routes#actorQuotes}, {@link Routes#issueQuotes}): in an archive the busiest actor can
     * take part in tens of thousands of events, and at 100,000 milestones with one actor in two
     * events of five, their page was 34 MB.
     */
    public static final int LISTED_ON_ITEM_PAGE = 50;

    private final Graph graph;
    private final Templates templates;
    private final ViewFactory views;
    private final MachineFiles machine;
    private final JsonLd jsonLd;
    /** Made when first asked for, which is when a page is made: its free pages carry their Markdown's HTML. */
    private volatile SiteView site;
    private final boolean searchEnabled;
    private final boolean hasTheme;
    private final List<Link> nav;
    private final Path templatesDir;
    private final Path contentDir;
    /** Each milestone's rendered body, looked up when an export asks rather than copied into a map of its own. */
    private final java.util.function.Function<Milestone, String> milestoneHtml;
    private PageCache pageCache = PageCache.NONE;

    /**
     * Renders a page, or returns the bytes it rendered before for an equal model. The view records
     * are values, so an equal model with the same templates makes the same page.
     */
    @FunctionalInterface
    public interface PageCache {
        /** Always renders. */
        PageCache NONE = (route, template, model, render) -> render.get();

        byte[] page(String route, String template, Map<String, Object> model, Supplier<byte[]> render);

        /**
         * The page as rendered before, when the cache knows that nothing it shows changed, so its
         * model need not even be built; or null.
         */
        default byte[] kept(String route, String template) {
            return null;
        }
    }

    /** Uses {@code cache} for every HTML page but the 404 page; for {@code serve}'s quick rebuilds. */
    public SiteRenderer withPageCache(PageCache cache) {
        this.pageCache = cache;
        return this;
    }

    private final Map<String, List<Milestone>> byKind;
    /** The templates' {@code <@memo>}: HTML kept for this build only, since it shows this build's content. */
    private final Memo memo = new Memo();
    /** The timeline's filters, the same on every timeline page, so built once. */
    private final Map<String, List<Facet>> facets;

    /**
     * @param html          every rendered Markdown text (see {@link MarkdownStage})
     * @param searchEnabled whether a search index will be built over the output
     */
    public SiteRenderer(Graph graph, Map<org.explainer.model.Markdown, String> html, Templates templates,
                        Path templatesDir, Path contentDir, boolean searchEnabled) {
        this.graph = graph;
        this.templates = templates;
        this.templatesDir = templatesDir;
        this.contentDir = contentDir;
        this.views = new ViewFactory(graph, html);
        this.machine = new MachineFiles(graph);
        this.jsonLd = new JsonLd(machine, graph.site().language());
        this.milestoneHtml = m -> html.getOrDefault(m.body(), "");
        this.byKind = kinds(graph);
        this.facets = facets();
        this.nav = List.of(
                new Link("Key questions", ViewFactory.href(Routes.home()) + "#questions"),
                new Link("Timeline", ViewFactory.href(Routes.timeline())),
                new Link("Who's who", ViewFactory.href(Routes.actors())),
                new Link("Issues", ViewFactory.href(Routes.issues())),
                new Link("Quotes", ViewFactory.href(Routes.quotes())),
                new Link("Sources", ViewFactory.href(Routes.sources())));
        this.searchEnabled = searchEnabled;
        this.hasTheme = !graph.site().theme().isEmpty();
    }

    /**
     * What every page shows of the site. Not made in the constructor: the renderer may be made, and
     * the site planned, while the Markdown is still rendering (see {@code Builder}).
     */
    private SiteView site() {
        SiteView s = site;
        if (s == null) {
            synchronized (this) {
                s = site;
                if (s == null) {
                    s = new SiteView(graph.site().title(), graph.site().description(), graph.site().language(),
                            graph.site().baseUrl(), graph.site().basePath(),
                            graph.site().updated().map(views::date).orElse(null), views.sides(), nav,
                            graph.pages().stream().map(views::page).toList(), searchEnabled, hasTheme,
                            graph.site().language().replace('-', '_'));
                    site = s;
                }
            }
        }
        return s;
    }

    /** How long each page template has taken so far (see {@link Templates#times()}). */
    public List<Templates.TemplateTime> templateTimes() {
        return templates.times();
    }

    /** Every file of the site, in a stable order. */
    public List<OutputFile> plan() {
        List<OutputFile> files = new ArrayList<>();
        // A page per milestone, actor, quote, issue and free page. They go after the lists and
        // machine files, which are few but big (the timeline pages, the sources page, the JSON
        // exports): the writer takes files in this order on the front thread (and from the end on
        // the other), and a big file started last would leave the other cores idle while it is made.
        Segments<OutputFile> items = new Segments<>();
        Segments<String> htmlRoutes = new Segments<>();
        page(files, htmlRoutes, Routes.home(), "home.ftlh", this::homeModel);
        List<TimelinePage> timelinePages = new ArrayList<>();
        timeline(timelinePages, htmlRoutes, Routes.timeline(), graph.timeline(), null);
        for (Side s : graph.site().sides()) {
            List<Milestone> subset = graph.timeline().stream()
                    .filter(m -> m.actors().stream().anyMatch(r -> graph.actor(r.id()).side().id().equals(s.id())))
                    .toList();
            timeline(timelinePages, htmlRoutes, Routes.sideTimeline(s.id()), subset,
                    new Facet("side", s.id(), s.label(), subset.size(), null));
        }
        for (Map.Entry<String, List<Milestone>> kind : byKind().entrySet()) {
            timeline(timelinePages, htmlRoutes, Routes.kindTimeline(kind.getKey()), kind.getValue(),
                    new Facet("kind", kind.getKey(), kind.getKey(), kind.getValue().size(), null));
        }
        for (Actor a : graph.actors()) {
            List<Milestone> theirs = graph.milestonesByActor().getOrDefault(a.id(), List.of());
            if (hasOwnList(theirs)) {
                timeline(timelinePages, htmlRoutes, Routes.actorTimeline(a.id()), theirs, filter(a, theirs));
            }
        }
        // Written in the order of their first events, not timeline by timeline: the filtered pages
        // repeat the entries of the full timeline's pages around them, which the memo then still
        // keeps (at 100,000 milestones it cannot keep them all, and let go of them before the
        // filtered timelines came, a timeline later). One stretch of events per thread writing
        // from the plan's front (the one thread on two cores), taken in turn, so that the pages
        // made at the same time share no entries: pages next to each other in event order share
        // most of theirs, and two threads each rendered an entry the memo did not yet keep
        // (12,939 renders for 10,000 entries at 10,000 milestones).
        timelinePages.sort(java.util.Comparator.comparingInt(TimelinePage::firstEvent));
        for (TimelinePage t : inTurns(timelinePages, WorkQueue.frontThreads())) files.add(t.file());
        itemPages(items, htmlRoutes, graph.timeline(), m -> Routes.milestone(m.id()), "milestone.ftlh", this::milestoneModel);
        page(files, htmlRoutes, Routes.actors(), "actors.ftlh", () -> model("Who's who",
                "The people and organisations in " + graph.site().title() + ", by side.", "actors"));
        itemPages(items, htmlRoutes, graph.actors(), a -> Routes.actor(a.id()), "actor.ftlh", this::actorModel);
        quotes(files, htmlRoutes, Routes.quotes(), graph.quotes(), null);
        for (Actor a : graph.actors()) {
            List<Quote> theirs = graph.quotesByActor().getOrDefault(a.id(), List.of());
            if (hasOwnList(theirs)) {
                quotes(files, htmlRoutes, Routes.actorQuotes(a.id()), theirs, filter(a, theirs));
            }
        }
        for (Issue i : graph.issues()) {
            List<Quote> onIt = graph.quotesByIssue().getOrDefault(i.id(), List.of());
            if (hasOwnList(onIt)) {
                quotes(files, htmlRoutes, Routes.issueQuotes(i.id()), onIt,
                        new Facet("issue", i.id(), i.title(), onIt.size(), ViewFactory.href(Routes.issue(i.id()))));
            }
        }
        itemPages(items, htmlRoutes, graph.quotes(), q -> Routes.quote(q.id()), "quote.ftlh", this::quoteModel);
        page(files, htmlRoutes, Routes.issues(), "issues.ftlh", () -> {
            Map<String, Object> m = model("The issues", "The points of contention, each side's position on each.", "issues");
            m.put("issues", graph.issues().stream().map(views::issue).toList());
            return m;
        });
        itemPages(items, htmlRoutes, graph.issues(), i -> Routes.issue(i.id()), "issue.ftlh", this::issueModel);
        page(files, htmlRoutes, Routes.sources(), "sources.ftlh", () -> {
            Map<String, Object> m = model("Sources", "Every source this explainer rests on, and what cites it.", "sources");
            m.put("sources", graph.sources().stream().map(views::source).toList());
            m.put("citersListed", SOURCE_CITERS_LISTED);
            return m;
        });
        itemPages(items, htmlRoutes, graph.sources(), s -> Routes.sourcePage(s.id()), "source.ftlh", this::sourceModel);
        itemPages(items, htmlRoutes, graph.pages(), p -> Routes.page(p.id()), "page.ftlh", p -> {
            Map<String, Object> m = model(p.title(), Summary.of(views.page(p).bodyHtml(), p.title()), "page-" + p.id());
            m.put("page", views.page(p));
            return m;
        });
        if (searchEnabled && templates.has("search.ftlh")) {
            // Only with an index to search; the reserved route "search" cannot clash with content.
            page(files, htmlRoutes, "search/", "search.ftlh", () -> model("Search",
                    "Search the people, events, quotes and issues of " + graph.site().title() + ".", "search"));
        }
        files.add(new OutputFile.Made("404.html", () -> notFound()));
        files.add(text("feed.xml", () -> machine.feed(milestoneHtml)));
        int parts = MachineFiles.sitemapParts(htmlRoutes.size());
        if (parts == 1) {
            files.add(text("sitemap.xml", () -> machine.sitemap(htmlRoutes)));
        } else {
            files.add(text("sitemap.xml", () -> machine.sitemapIndex(parts)));
            for (int n = 1; n <= parts; n++) {
                List<String> part = htmlRoutes.subList((n - 1) * MachineFiles.SITEMAP_URLS,
                        Math.min(htmlRoutes.size(), n * MachineFiles.SITEMAP_URLS));
                files.add(text(MachineFiles.sitemapPart(n), () -> machine.sitemap(part)));
            }
        }
        files.add(text("robots.txt", machine::robots));
        files.add(new OutputFile.Streamed("data/explainer.json", machine::explainerJson));
        Exports.plan(files, graph, milestoneHtml);
        embed(files);
        files.add(text(".nojekyll", () -> ""));
        if (hasTheme) files.add(text("static/theme.css", this::themeCss));
        copyTree(files, templatesDir.resolve("static"), "static/");
        for (String asset : graph.assets()) files.add(new OutputFile.Copied(asset, contentDir.resolve(asset)));
        Segments<OutputFile> plan = new Segments<>();
        plan.addRun(files);
        plan.addRun(items);
        return plan;
    }

    // ---- planning helpers ---------------------------------------------------------------------------

    /** A page listed in the sitemap. */
    private void page(List<OutputFile> files, List<String> htmlRoutes, String route, String template,
                      Supplier<Map<String, Object>> model) {
        htmlRoutes.add(route);
        unlistedPage(files, route, template, model);
    }

    /**
     * A page for each of {@code items}, in the sitemap. Described rather than made: each file entry
     * and route is made when the writer reads it, so a large archive holds none of them.
     */
    private <T> void itemPages(Segments<OutputFile> files, Segments<String> htmlRoutes, List<T> items,
                               java.util.function.Function<T, String> route, String template,
                               java.util.function.Function<T, Map<String, Object>> model) {
        htmlRoutes.addRun(LazyList.of(items, route));
        files.addRun(LazyList.of(items, item -> pageFile(route.apply(item), template, () -> model.apply(item))));
    }

    /** A page rendered like any other (through the page cache) but left out of the sitemap. */
    private void unlistedPage(List<OutputFile> files, String route, String template, Supplier<Map<String, Object>> model) {
        files.add(pageFile(route, template, model));
    }

    private OutputFile pageFile(String route, String template, Supplier<Map<String, Object>> model) {
        return new OutputFile.Made(Routes.file(route), () -> {
            byte[] kept = pageCache.kept(route, template);
            if (kept != null) return kept;
            Map<String, Object> m = model.get();
            String root = Routes.rootFrom(route);
            m.put("root", root);
            m.put("route", route);
            putNav(m, (String) m.get("section"), route);
            m.putIfAbsent("canonical", machine.absolute(route));
            return pageCache.page(route, template, m, () -> templates.renderPage(template, m, root));
        });
    }

    private static OutputFile text(String path, Supplier<String> content) {
        return new OutputFile.Made(path, () -> bytes(content.get()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void copyTree(List<OutputFile> files, Path dir, String prefix) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                files.add(new OutputFile.Copied(prefix + rel, p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, List<Milestone>> byKind() {
        return byKind;
    }

    private static Map<String, List<Milestone>> kinds(Graph graph) {
        Map<String, List<Milestone>> kinds = new TreeMap<>();
        for (Milestone m : graph.timeline()) {
            if (Routes.hasKindTimeline(m.type())) {
                kinds.computeIfAbsent(m.type(), k -> new ArrayList<>()).add(m);
            }
        }
        return kinds;
    }

    /**
     * The compact timeline for other sites' iframes: not in the sitemap (it repeats the timeline),
     * and only when the templates provide it, so older template sets still build. It shows the
     * latest {@link #EMBED_EVENTS} events.
     */
    private void embed(List<OutputFile> files) {
        if (!templates.has("embed-timeline.ftlh")) return;
        unlistedPage(files, Exports.EMBED_TIMELINE, "embed-timeline.ftlh", () -> {
            List<MilestoneView> all = views.timeline();
            List<MilestoneView> latest = all.subList(Math.max(0, all.size() - EMBED_EVENTS), all.size());
            Map<String, Object> m = model("Timeline", (latest.size() < all.size() ? "The latest events in "
                    : "Every event in ") + graph.site().title() + ", in order.", "embed");
            m.put("milestones", latest);
            m.put("total", all.size());
            m.put("years", years(latest));
            m.put("timelineUrl", machine.absolute(Routes.timeline()));
            m.put("canonical", machine.absolute(Routes.timeline())); // the embed repeats the timeline
            return m;
        });
    }

    /** The HTML a newsroom pastes to show the embedded timeline; templates print it as text. */
    private String embedCode() {
        return "<iframe src=\"" + Html.escape(machine.absolute(Exports.EMBED_TIMELINE)) + "\" title=\""
                + Html.escape("Timeline: " + graph.site().title()) + "\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>";
    }

    // ---- models -------------------------------------------------------------------------------------

    /** The variables every template gets; {@code root}, {@code route} and {@code canonical} are added per page. */
    private Map<String, Object> model(String title, String description, String section) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", site());
        m.put("title", title);
        m.put("description", description);
        m.put("section", section);
        m.put("ogType", "website");
        m.put("jsonLd", "");
        m.put("memo", memo);
        return m;
    }

    private Map<String, Object> homeModel() {
        Map<String, Object> m = model(graph.site().title(), graph.site().description(), "home");
        m.put("jsonLd", jsonLd.website(graph.site().title(), graph.site().description()));
        m.put("questions", graph.questions().stream().map(views::question).toList());
        m.put("figures", graph.figures().stream().map(views::figure).toList());
        List<MilestoneView> timeline = views.timeline();
        List<MilestoneView> latest = new ArrayList<>(timeline.subList(Math.max(0, timeline.size() - 5), timeline.size()));
        java.util.Collections.reverse(latest);
        m.put("latest", latest);
        m.put("milestoneCount", timeline.size());
        m.put("sides", site().sides());
        m.put("issues", graph.issues().stream().map(views::issue).toList());
        return m;
    }

    /**
     * The list cut into {@code parts} stretches of (nearly) equal length, then taken one from each
     * stretch in turn: [a1, b1, a2, b2, ...] for two.
     */
    static <T> List<T> inTurns(List<T> list, int parts) {
        int stretch = (list.size() + parts - 1) / Math.max(1, parts);
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < stretch; i++) {
            for (int start = 0; start < list.size(); start += stretch) {
                if (start + i < list.size()) out.add(list.get(start + i)); // i < stretch: still in this stretch
            }
        }
        return out;
    }

    /** A timeline page and the place of its first event on the full timeline. */
    private record TimelinePage(int firstEvent, OutputFile file) {
    }

    private void timeline(List<TimelinePage> files, List<String> htmlRoutes, String base, List<Milestone> subset,
                          Facet filter) {
        int pageCount = Math.max(1, (subset.size() + TIMELINE_PAGE - 1) / TIMELINE_PAGE);
        List<Link> pageLinks = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) pageLinks.add(new Link(Integer.toString(n), ViewFactory.href(pageRoute(base, n))));
        List<Link> yearIndex = yearIndex(subset, base);
        String site = graph.site().title();
        String events = filter == null ? "Every event in " + site
                : filter.type().equals("kind") ? "The " + filter.label().replace('-', ' ') + " events in " + site
                : "The events in " + site + " involving " + filter.label();
        for (int n = 1; n <= pageCount; n++) {
            int number = n;
            List<Milestone> slice = subset.subList((n - 1) * TIMELINE_PAGE, Math.min(subset.size(), n * TIMELINE_PAGE));
            int firstEvent = slice.isEmpty() ? 0 : views.timelineIndex(slice.get(0).id());
            List<OutputFile> one = new ArrayList<>(1);
            page(one, htmlRoutes, pageRoute(base, n), "timeline.ftlh", () -> {
                String title = filter == null ? "Timeline" : "Timeline: " + filter.label();
                Map<String, Object> m = model(number == 1 ? title : title + " (page " + number + ")",
                        events + ", in order, with who took part and the sources.",
                        "timeline");
                List<MilestoneView> ms = slice.stream().map(x -> views.milestone(x.id())).toList();
                m.put("milestones", ms);
                m.put("years", years(ms));
                m.put("yearIndex", yearIndex);
                m.put("total", subset.size());
                m.put("filter", filter);
                m.put("facets", facets);
                m.put("embedCode", embedCode());
                m.put("embedHref", ViewFactory.href(Exports.EMBED_TIMELINE));
                m.put("pager", Pager.at(number, pageLinks));
                return m;
            });
            files.add(new TimelinePage(firstEvent, one.get(0)));
        }
    }

    private static String pageRoute(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    private List<Link> yearIndex(List<Milestone> subset, String base) {
        Map<Integer, String> first = new LinkedHashMap<>();
        for (int i = 0; i < subset.size(); i++) {
            int year = subset.get(i).date().year();
            int page = i / TIMELINE_PAGE + 1;
            first.putIfAbsent(year, ViewFactory.href(pageRoute(base, page)) + "#year-" + year);
        }
        List<Link> out = new ArrayList<>();
        first.forEach((year, href) -> out.add(new Link(Integer.toString(year), href)));
        return out;
    }

    private static List<YearView> years(List<MilestoneView> ms) {
        Map<Integer, List<MilestoneView>> byYear = new LinkedHashMap<>();
        for (MilestoneView v : ms) byYear.computeIfAbsent(v.date().year(), y -> new ArrayList<>()).add(v);
        List<YearView> out = new ArrayList<>();
        byYear.forEach((y, list) -> out.add(new YearView(y, "#year-" + y, list.size(), List.copyOf(list))));
        return out;
    }

    private Map<String, List<Facet>> facets() {
        Map<String, List<Facet>> f = new LinkedHashMap<>();
        f.put("sides", graph.site().sides().stream().map(s -> new Facet("side", s.id(), s.label(),
                0, ViewFactory.href(Routes.sideTimeline(s.id())))).toList());
        f.put("kinds", byKind().entrySet().stream().map(e -> new Facet("kind", e.getKey(), e.getKey(),
                e.getValue().size(), ViewFactory.href(Routes.kindTimeline(e.getKey())))).toList());
        f.put("actors", mostActive(actorFacets(graph.milestonesByActor(), "#milestones", Routes::actorTimeline), ACTOR_FACETS));
        return java.util.Collections.unmodifiableMap(f);
    }

    /**
     * Each actor with something in {@code byActor}, in the usual order, counted and linked to that
     * part of their page, or to their own paged list of it ({@code ownList}) where their page
     * lists only some.
     */
    private List<Facet> actorFacets(Map<String, ? extends List<?>> byActor, String anchor,
                                    java.util.function.UnaryOperator<String> ownList) {
        return graph.actors().stream()
                .filter(a -> byActor.containsKey(a.id()) && !byActor.get(a.id()).isEmpty())
                .map(a -> {
                    List<?> theirs = byActor.get(a.id());
                    String href = hasOwnList(theirs) ? ViewFactory.href(ownList.apply(a.id()))
                            : ViewFactory.href(Routes.actor(a.id())) + anchor;
                    return new Facet("actor", a.id(), a.name(), theirs.size(), href);
                }).toList();
    }

    /** Whether an item's page lists only some of {@code all}, the rest being on a paged list of their own. */
    static boolean hasOwnList(List<?> all) {
        return all.size() > LISTED_ON_ITEM_PAGE;
    }

    /** The filter of an actor's own list of {@code theirs}, which links back to their page. */
    private static Facet filter(Actor a, List<?> theirs) {
        return new Facet("actor", a.id(), a.name(), theirs.size(), ViewFactory.href(Routes.actor(a.id())));
    }

    /** The {@code max} facets with the highest counts (ties: the earlier), in their original order. */
    static List<Facet> mostActive(List<Facet> facets, int max) {
        if (facets.size() <= max) return facets;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facets.size(); i++) order.add(i);
        order.sort(java.util.Comparator.<Integer>comparingInt(i -> -facets.get(i).count()).thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, max));
        java.util.Collections.sort(kept);
        return kept.stream().map(facets::get).toList();
    }

    private Map<String, Object> milestoneModel(Milestone x) {
        MilestoneView v = views.milestone(x.id());
        Map<String, Object> m = model(x.title(), v.date().text() + ": " + Summary.of(v.bodyHtml(), x.title()), "timeline");
        m.put("milestone", v);
        m.put("ogType", "article");
        m.put("jsonLd", jsonLd.milestone(v));
        return m;
    }

    private Map<String, Object> actorModel(Actor a) {
        var v = views.actor(a);
        Map<String, Object> m = model(a.name(), a.name() + ", " + a.role() + ": " + Summary.of(v.bodyHtml(), ""), "actors");
        m.put("actor", v);
        m.put("ogType", "profile");
        m.put("jsonLd", jsonLd.actor(v));
        return m;
    }

    /**
     * The quotes list at {@code base}, paged: every quote, or with a {@code filter} (an actor's, an
     * issue's) those of one actor or on one issue, without the speakers to choose from.
     */
    private void quotes(List<OutputFile> files, List<String> htmlRoutes, String base, List<Quote> all, Facet filter) {
        int pageCount = Math.max(1, (all.size() + QUOTES_PAGE - 1) / QUOTES_PAGE);
        List<Link> pageLinks = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) pageLinks.add(new Link(Integer.toString(n), ViewFactory.href(pageRoute(base, n))));
        boolean onePage = all.size() <= QUOTES_PAGE;
        List<Facet> speakers = filter != null ? List.of() : actorFacets(graph.quotesByActor(), "#quotes", Routes::actorQuotes);
        // One page lists every speaker, each with an anchor below; paged lists repeat the chips on
        // every page, so they offer the most quoted only, as the timeline's actor filter does.
        List<Facet> offered = onePage ? speakers : mostActive(speakers, ACTOR_FACETS);
        String title = filter == null ? "Quotes" : "Quotes: " + filter.label();
        String description = filter == null ? "What the people in " + graph.site().title() + " said"
                : filter.type().equals("actor") ? "What " + filter.label() + " said"
                : "What was said on " + filter.label();
        for (int n = 1; n <= pageCount; n++) {
            int number = n;
            List<Quote> slice = all.subList((n - 1) * QUOTES_PAGE, Math.min(all.size(), n * QUOTES_PAGE));
            page(files, htmlRoutes, pageRoute(base, n), "quotes.ftlh", () -> {
                Map<String, Object> m = model(number == 1 ? title : title + " (page " + number + ")",
                        description + ", verbatim, with the source.", "quotes");
                m.put("quotes", slice.stream().map(q -> views.quote(q.id())).toList());
                m.put("total", all.size());
                m.put("filter", filter);
                m.put("byActor", filter == null && number == 1 && onePage ? byActor() : List.of());
                m.put("speakers", offered);
                m.put("speakerCount", speakers.size());
                m.put("pager", Pager.at(number, pageLinks));
                return m;
            });
        }
    }

    private List<Views.ActorQuotes> byActor() {
        List<Views.ActorQuotes> out = new ArrayList<>();
        for (Actor a : graph.actors()) {
            List<Quote> qs = graph.quotesByActor().getOrDefault(a.id(), List.of());
            if (!qs.isEmpty()) out.add(new Views.ActorQuotes(views.actorCard(a.id()),
                    qs.stream().map(q -> views.quote(q.id())).toList()));
        }
        return out;
    }

    private Map<String, Object> quoteModel(Quote q) {
        QuoteView v = views.quote(q.id());
        String speaker = v.actor() == null ? "" : v.actor().name();
        Map<String, Object> m = model("\u201C" + Summary.shorten(q.text(), 60) + "\u201D \u2014 " + speaker,
                "\u201C" + Summary.shorten(q.text(), 240) + "\u201D \u2014 " + speaker + ", " + v.date().text(), "quotes");
        m.put("quote", v);
        m.put("ogType", "article");
        m.put("jsonLd", jsonLd.quote(v));
        return m;
    }

    private Map<String, Object> sourceModel(Source s) {
        Views.SourceView v = views.source(s);
        String about = s.title() + (s.publisher().isEmpty() ? "" : ", " + s.publisher()) + ", " + v.ref().date().text();
        Map<String, Object> m = model("[" + v.ref().number() + "] " + s.title(),
                "Everything in " + graph.site().title() + " that cites " + about + ".", "sources");
        m.put("source", v);
        return m;
    }

    private Map<String, Object> issueModel(Issue i) {
        var v = views.issue(i);
        Map<String, Object> m = model(i.title(), i.summary(), "issues");
        m.put("issue", v);
        m.put("ogType", "article");
        return m;
    }

    /**
     * Puts the page's navigation in its model, and {@code chromeKey}: a text naming all that the
     * header shows and the build does not fix (the section, and which links are current), for the
     * layout's {@code <@memo>} so that pages alike share one rendering of it.
     */
    private void putNav(Map<String, Object> m, String section, String route) {
        List<Views.NavLink> nav = nav(section, route);
        m.put("nav", nav);
        StringBuilder key = new StringBuilder(section);
        for (Views.NavLink link : nav) key.append(' ').append(link.current());
        m.put("chromeKey", key.toString());
    }

    /**
     * The main navigation (the fixed sections, then the free pages) with each link marked as the
     * page's own or its section's. Decided here rather than in the layout: a macro testing every
     * link cost a third of a small page's rendering time.
     */
    private List<Views.NavLink> nav(String section, String route) {
        String here = Routes.file(route);
        String sectionSegment = section.startsWith("page-") ? section.substring("page-".length()) : section;
        SiteView site = site();
        List<Views.NavLink> out = new ArrayList<>(site.nav().size() + site.pages().size());
        for (Link link : site.nav()) out.add(navLink(link.title(), link.href(), here, sectionSegment, section, route));
        for (Views.PageView p : site.pages()) out.add(navLink(p.title(), p.href(), here, sectionSegment, section, route));
        return out;
    }

    private static Views.NavLink navLink(String title, String href, String here, String sectionSegment, String section,
                                         String route) {
        int slash = href.indexOf('/');
        String segment = slash < 0 ? href : href.substring(0, slash);
        boolean current = !href.contains("#") && (href.equals(here) || segment.equals(sectionSegment)
                || (segment.equals("timeline") && route.startsWith("milestones/"))
                || (segment.equals("actors") && section.equals("actors"))
                || (segment.equals("quotes") && section.equals("quotes")));
        return new Views.NavLink(title, href, !current ? "" : href.equals(here) ? "page" : "true");
    }

    /** The 404 page is served at any depth by GitHub Pages, so its links start from the base path. */
    private byte[] notFound() {
        Map<String, Object> m = model("Page not found", "This page does not exist.", "404");
        m.put("root", graph.site().basePath());
        m.put("route", "404.html");
        putNav(m, "404", "404.html");
        m.put("canonical", machine.absolute("404.html"));
        m.put("latest", List.of());
        return templates.renderPage("404.ftlh", m, graph.site().basePath());
    }

    private String themeCss() {
        StringBuilder s = new StringBuilder(":root {\n");
        graph.site().theme().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append("  --").append(e.getKey()).append(": ").append(e.getValue()).append(";\n"));
        return s.append("}\n").toString();
    }
}
