package org.explainer.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.load.ContentLoader;
import org.explainer.load.LoadCache;
import org.explainer.model.Content;
import org.explainer.model.Item;
import org.explainer.model.Markdown;
import org.explainer.model.Routes;
import org.explainer.render.MarkdownRenderer;
import org.explainer.render.MarkdownStage;
import org.explainer.render.SiteRenderer;
import org.explainer.render.Templates;

/**
 * What {@code serve} keeps between rebuilds: each content file's records ({@link LoadCache}), the
 * linked content (patched after a text edit, see {@link GraphPatch}), the parsed templates while no
 * template file changed, the HTML of every Markdown text while its links resolve the same, and
 * every page's bytes with the model it was rendered from. A page is rendered again only when its
 * model (view records, compared by value) or a template changed, so a page equals a full build's
 * by construction.
 *
 * <p>Each rebuild is a numbered round. A page's bytes are trusted without even building its model
 * only while the cache knows nothing it shows changed since the round that last rendered or
 * checked it: an edit that only rewrote text marks out of date the pages whose model showed an
 * edited item (see {@link Changes}); any other edit marks every page. Pages that are out of date
 * are rendered when first asked for (see {@link MemorySite}), from their own round's model, so a
 * save need not wait for the pages that list every milestone.
 */
final class BuildCache implements Builder.Reuse {

    /**
     * A page as rendered or checked last.
     *
     * @param template  the template it was rendered with
     * @param templates the template set that template came from
     * @param model     the variables it was rendered from
     * @param bytes     the page
     * @param links     the addresses of the items its model shows (see {@link Changes#links})
     * @param round     the round whose content it was rendered from or found equal to
     */
    private record Rendered(String template, Templates templates, Map<String, Object> model, byte[] bytes,
                            Set<String> links, long round) {
        Rendered checkedIn(long later) {
            return new Rendered(template, templates, model, bytes, links, later);
        }
    }

    /**
     * A committed round that only rewrote text.
     *
     * @param round  its number
     * @param edited the addresses of the items it edited
     */
    private record Edit(long round, Set<String> edited) {
    }

    /**
     * What the committed rounds say about the pages kept.
     *
     * @param latest the number of the last committed round; 0 before the first
     * @param floor  pages checked before this round are out of date (it changed more than text)
     * @param edits  the text edits committed since {@code floor}, oldest first: a page checked
     *               before one of them is out of date if its model showed an item that edit
     *               changed. Checked when a page is asked for, so that a commit costs nothing per page
     */
    private record Ledger(long latest, long floor, List<Edit> edits) {
    }

    /** One rebuild: what it changed, and so which pages it may reuse without building their models. */
    private static final class Round {
        final long number;
        LoadCache.Changed changed;
        Content loaded;
        List<List<String>> order = List.of();
        /** Addresses of the items edited since the last committed round; null when any page may have changed. */
        volatile Set<String> edited;
        /** The linked content, once made. */
        Graph graph;
        /** The addresses pages may link to, and every Markdown text's HTML, once made. */
        Set<String> routes;
        Map<Markdown, String> markdown;
        /** Render every page before the reload: the first build, or a changed template. */
        boolean everything;
        Templates templates;
        final AtomicInteger rendered = new AtomicInteger();

        Round(long number) {
            this.number = number;
        }
    }

    private List<String> templatesPrint = List.of();
    private String templatesLanguage = "";
    private Templates templates;
    /** The last round that made the HTML of its texts, committed or not. */
    private Round lastMarkdown;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final LoadCache loads = LoadCache.keeping();

    /**
     * At most this many text edits are remembered; the next marks every page for checking
     * instead. Trusting a page walks the list, so it stays short; a page marked for checking
     * compares its model when asked for, which is slower but never wrong.
     */
    static final int MAX_EDITS = 256;

    private long rounds;
    /** The round being built, or null between rebuilds. */
    private volatile Round building;
    /** The last round that succeeded; its content is what {@link Changes} compares a new load with. */
    private Round committed;
    /** What is known of the committed rounds, replaced as a whole so that readers see one consistent state. */
    private volatile Ledger ledger = new Ledger(0, 0, List.of());
    /** Rounds that failed: the pages they rendered show content that was never served. */
    private final Set<Long> failed = ConcurrentHashMap.newKeySet();
    /**
     * Model values already found equal to an earlier model's, by identity. Many pages share one
     * value (the site's navigation lists every actor), so comparing it once, not on every page, is
     * what keeps checking the pages of a large site quick.
     */
    private final Map<Object, Object> proven = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The links of model values shared by many pages, by identity (see {@link Changes#links}). */
    private final Map<Object, Set<String>> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * Starts a rebuild.
     *
     * @param changed what a file watcher saw change since the last rebuild, or null to check every file
     */
    synchronized void begin(LoadCache.Changed changed) {
        if (building != null) failed.add(building.number); // the last rebuild did not get to commit
        building = new Round(++rounds);
        building.changed = changed;
        proven.clear();
        shared.clear();
    }

    /**
     * Ends a successful rebuild: from now on, pages are trusted only if nothing they show changed.
     *
     * @param pageRoutes the site's page routes when they may differ from the last round's, else null
     */
    synchronized void commit(Set<String> pageRoutes) {
        Round r = building;
        Ledger was = ledger;
        if (r.edited == null || was.edits().size() >= MAX_EDITS) {
            ledger = new Ledger(r.number, r.number, List.of());
        } else if (r.edited.isEmpty()) {
            ledger = new Ledger(r.number, was.floor(), was.edits());
        } else {
            List<Edit> more = new ArrayList<>(was.edits());
            more.add(new Edit(r.number, r.edited));
            ledger = new Ledger(r.number, was.floor(), List.copyOf(more));
        }
        if (pageRoutes != null) pages.keySet().retainAll(pageRoutes);
        committed = r;
        building = null;
    }

    @Override
    public Content load(Path contentDir) {
        Round r = building;
        loads.expect(r.changed);
        r.loaded = ContentLoader.load(contentDir, loads);
        Content before = committed == null ? null : committed.loaded;
        r.edited = Changes.between(before, r.loaded);
        r.everything = before == null;
        return r.loaded;
    }

    /** After a text edit of milestones or quotes, the last graph with the new records in place. */
    @Override
    public Graph linked(Content content) {
        Round r = building;
        if (r.edited == null || committed == null) return null;
        return GraphPatch.apply(committed.graph, content, r.edited);
    }

    /** Pages the current rebuild rendered (not reused) so far. */
    synchronized int rendered() {
        return building == null ? committed.rendered.get() : building.rendered.get();
    }

    /**
     * Which files the current rebuild makes before the reload, rather than when first asked for:
     * every page on the first build and after a template change, else the pages of changed items.
     */
    synchronized Predicate<String> eager() {
        Round r = building;
        if (r.everything) return path -> true;
        // A text-only edit names its items already; any other compares the loads item by item.
        Set<String> touched = r.edited != null ? r.edited : Changes.touched(committed == null ? null : committed.loaded, r.loaded);
        return path -> (path.endsWith("/index.html") || Routes.isItemFile(path)) && touched.contains(Routes.routeOf(path));
    }

    @Override
    public Templates templates(Path dir, String language) {
        List<String> print = fingerprint(dir);
        Round r = building;
        if (templates == null || !print.equals(templatesPrint) || !language.equals(templatesLanguage)) {
            templates = null;
            pages.clear(); // any template may be included by any page
            r.edited = null;
            r.everything = true; // a template mistake may show on any page: find it now
            Templates loaded = Templates.load(dir, language);
            templates = loaded;
            templatesPrint = print;
            templatesLanguage = language;
        }
        r.templates = templates;
        return templates;
    }

    @Override
    public Map<Markdown, String> markdown(Graph graph) {
        Round r = building;
        r.graph = graph;
        // Lists sorted by text (issues by title) may reorder on a text edit: then compare everything.
        r.order = List.of(ids(graph.timeline()), ids(graph.actors()), ids(graph.quotes()), ids(graph.sources()),
                ids(graph.issues()), ids(graph.questions()), ids(graph.pages()));
        if (committed == null || !r.order.equals(committed.order)) r.edited = null;
        if (r.edited != null) {
            // Only text changed since the last committed round: the same items, so the same addresses.
            r.routes = committed.routes;
        } else {
            r.routes = MarkdownStage.routes(graph, Set.of());
        }
        // Link checks depend on the set of addresses: HTML made against others is kept only where it still holds.
        Round before = r.edited != null ? committed : lastMarkdown;
        Map<Markdown, String> earlier = before == null ? Map.of() : stillResolved(before.markdown, before.routes, r.routes);
        Map<Markdown, String> html = MarkdownStage.render(graph, Set.of(), earlier);
        r.markdown = html;
        lastMarkdown = r;
        return html;
    }

    /**
     * The HTML of the texts, made against the addresses {@code before}, whose every link resolves
     * the same against {@code now}. A link resolves to its path if that is an address, else to the
     * path with "/" added if that is one (see {@code MarkdownRenderer}), and is written as
     * {@link MarkdownRenderer#ROOT} followed by that address's href; HTML is only ever kept from
     * texts whose every link resolved. So a kept text changes only if it links to an address now
     * gone (its HTML shows that address: it is made again, and its link check fails), or if a
     * link's own path, lacking a "/", became an address beside the same path with "/" (then every
     * text is made again). Adding a milestone keeps every text's HTML; removing one, all but those
     * linking to it.
     */
    static Map<Markdown, String> stillResolved(Map<Markdown, String> html, Set<String> before, Set<String> now) {
        if (before == now || before.equals(now)) return html;
        for (String route : now) {
            if (!before.contains(route) && !route.endsWith("/") && now.contains(route + "/")) return Map.of();
        }
        List<String> gone = new ArrayList<>();
        for (String route : before) {
            if (!now.contains(route)) gone.add(MarkdownRenderer.ROOT + Routes.href("", route));
        }
        if (gone.isEmpty()) return html;
        Map<Markdown, String> kept = new HashMap<>(html.size() * 2);
        html.forEach((md, text) -> {
            for (String link : gone) {
                if (text.contains(link)) return;
            }
            kept.put(md, text);
        });
        return kept;
    }

    /** Renders the pages of the current rebuild, now or whenever they are asked for. */
    @Override
    public SiteRenderer.PageCache pages() {
        Round r = building;
        return new SiteRenderer.PageCache() {
            @Override
            public byte[] page(String route, String template, Map<String, Object> model, Supplier<byte[]> render) {
                return BuildCache.this.page(r, route, template, model, render);
            }

            @Override
            public byte[] kept(String route, String template) {
                return BuildCache.this.kept(r, route, template);
            }
        };
    }

    private static List<String> ids(List<? extends Item> items) {
        return items.stream().map(Item::id).toList();
    }

    private static boolean showsAny(Rendered page, Set<String> addresses) {
        for (String a : addresses) {
            if (page.links().contains(a)) return true;
        }
        return false;
    }

    /** The last bytes of a page when nothing it shows changed up to round {@code r}; else null. */
    private byte[] kept(Round r, String route, String template) {
        Rendered p = pages.get(route);
        if (p == null || p.templates() != r.templates || !p.template().equals(template)) return null;
        if (p.round() == r.number) return p.bytes();
        if (p.round() > r.number || !upToDate(p)) return null;
        if (r.number > ledger.latest()) {
            // Not committed yet: the ledger stops at the last committed round, so check this round's own edits.
            Set<String> edited = r.edited;
            if (edited == null || showsAny(p, edited)) return null;
        }
        return p.bytes();
    }

    /** Whether a page is known to show the content of the last committed round. */
    private boolean upToDate(Rendered p) {
        Ledger now = ledger;
        if (p.round() > now.latest() || p.round() < now.floor() || failed.contains(p.round())) return false;
        for (Edit e : now.edits()) {
            if (e.round() > p.round() && showsAny(p, e.edited())) return false;
        }
        return true;
    }

    private byte[] page(Round r, String route, String template, Map<String, Object> model, Supplier<byte[]> render) {
        Rendered before = pages.get(route);
        if (before != null && before.templates() == r.templates && before.template().equals(template)
                && same(model, before.model())) {
            if (before.round() != r.number) keep(r, route, before.checkedIn(r.number));
            return before.bytes();
        }
        byte[] bytes = render.get();
        r.rendered.incrementAndGet();
        keep(r, route, new Rendered(template, r.templates, model, bytes, Changes.links(route, model, shared), r.number));
        return bytes;
    }

    /**
     * Keeps a page rendered or checked in round {@code r}, if that round is still being built or
     * served: a page made for an older round (a request that raced a rebuild) is served, not kept.
     */
    private synchronized void keep(Round r, String route, Rendered page) {
        if (r != building && r.number != ledger.latest()) return;
        Rendered now = pages.get(route);
        if (now != null && now.round() > page.round() && !failed.contains(now.round())) return;
        pages.put(route, page);
    }

    /** Equal models: the same keys, each value equal, shared values compared once per build. */
    private boolean same(Map<String, Object> now, Map<String, Object> before) {
        if (!now.keySet().equals(before.keySet())) return false;
        for (Map.Entry<String, Object> e : now.entrySet()) {
            Object a = e.getValue();
            Object b = before.get(e.getKey());
            if (a == b || a instanceof String || a == null || b == null) {
                if (!Objects.equals(a, b)) return false;
                continue;
            }
            if (proven.get(a) == b) continue;
            if (!a.equals(b)) return false;
            proven.put(a, b);
        }
        return true;
    }

    /**
     * Every template file with a digest of its bytes. Templates are few and small, so reading them
     * is cheap and, unlike file times, catches two saves within one clock tick. Static files are
     * copied, not parsed, so they are left out.
     */
    static List<String> fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        Path statics = dir.resolve("static");
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.startsWith(statics) && Files.isRegularFile(p)).sorted().map(p -> {
                try {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                    return p + "\u0000" + HexFormat.of().formatHex(digest);
                } catch (IOException | NoSuchAlgorithmException e) {
                    return p + "\u0000?" + System.nanoTime(); // unreadable: never equal, so templates reload
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
