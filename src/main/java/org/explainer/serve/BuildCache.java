package org.explainer.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.load.ContentLoader;
import org.explainer.load.LoadCache;
import org.explainer.model.Content;
import org.explainer.model.Item;
import org.explainer.model.Markdown;
import org.explainer.render.MarkdownStage;
import org.explainer.render.SiteRenderer;
import org.explainer.render.Templates;

/**
 * What {@code serve} keeps between rebuilds: the parsed templates while no template file changed,
 * the HTML of every Markdown text while the site's addresses stay the same, and every page's bytes
 * with the model it was rendered from. A page is rendered again only when its model (view records,
 * compared by value) or a template changed, so a rebuild equals a full build by construction.
 *
 * <p>Each content file's records are kept too ({@link LoadCache}), and when an edit only rewrote
 * text, a page that links to no edited item is reused without even building its model (see
 * {@link Changes}); any other edit compares every page's model.
 */
final class BuildCache implements Builder.Reuse {

    /**
     * A page as rendered last time.
     *
     * @param template the template it was rendered with
     * @param model    the variables it was rendered from
     * @param bytes    the page
     */
    private record Rendered(String template, Map<String, Object> model, byte[] bytes) {
    }

    private List<String> templatesPrint = List.of();
    private String templatesLanguage = "";
    private Templates templates;
    private Set<String> routes = Set.of();
    private Map<Markdown, String> markdown = Map.of();
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    /** The items each page's model shows, by address (see {@link Changes}). */
    private final Map<String, Set<String>> links = new ConcurrentHashMap<>();
    private final LoadCache loads = LoadCache.keeping();
    /** The content and list orders of the last successful build, or null to compare every page. */
    private Content committed;
    private List<List<String>> committedOrder = List.of();
    private Content loaded;
    private List<List<String>> order = List.of();
    /** The addresses of this build's edited items, or null when every page's model must be compared. */
    private volatile Set<String> edited;
    private boolean open;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendered = new AtomicInteger();
    /**
     * This build's model values already found equal to the last build's, by identity. Many pages
     * share one value (the site's navigation lists every actor), so comparing it once, not on
     * every page, is what keeps a rebuild of a large site quick.
     */
    private final Map<Object, Object> proven = Collections.synchronizedMap(new IdentityHashMap<>());
    /** This build's links of model values shared by many pages, by identity (see {@link Changes#links}). */
    private final Map<Object, Set<String>> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Starts a rebuild: counts pages afresh. */
    void begin() {
        if (open) committed = null; // the last build failed part way: its pages may not match any content
        open = true;
        loaded = null;
        edited = null;
        seen.clear();
        proven.clear();
        shared.clear();
        rendered.set(0);
    }

    /** Ends a successful rebuild: forgets pages the site no longer has. */
    void commit() {
        pages.keySet().retainAll(seen);
        links.keySet().retainAll(seen);
        committed = loaded;
        committedOrder = order;
        open = false;
    }

    /** Pages are skipped by links only after a successful build, so that they match some content. */
    @Override
    public synchronized Content load(Path contentDir) {
        loaded = ContentLoader.load(contentDir, loads);
        edited = Changes.between(committed, loaded);
        return loaded;
    }

    /** Pages rendered (not reused) since {@link #begin()}. */
    int rendered() {
        return rendered.get();
    }

    @Override
    public synchronized Templates templates(Path dir, String language) {
        List<String> print = fingerprint(dir);
        if (templates == null || !print.equals(templatesPrint) || !language.equals(templatesLanguage)) {
            templates = null;
            pages.clear(); // any template may be included by any page
            links.clear();
            edited = null;
            Templates loaded = Templates.load(dir, language);
            templates = loaded;
            templatesPrint = print;
            templatesLanguage = language;
        }
        return templates;
    }

    @Override
    public synchronized Map<Markdown, String> markdown(Graph graph) {
        // Lists sorted by text (issues by title) may reorder on a text edit: then compare everything.
        order = List.of(ids(graph.timeline()), ids(graph.actors()), ids(graph.quotes()), ids(graph.sources()),
                ids(graph.issues()), ids(graph.questions()), ids(graph.pages()));
        if (!order.equals(committedOrder)) edited = null;
        Set<String> now = MarkdownStage.routes(graph, Set.of());
        // Link checks depend on the set of addresses, so a new or removed page invalidates every text.
        Map<Markdown, String> earlier = now.equals(routes) ? markdown : Map.of();
        Map<Markdown, String> html = MarkdownStage.render(graph, Set.of(), earlier);
        routes = now;
        markdown = html;
        return html;
    }

    @Override
    public SiteRenderer.PageCache pages() {
        return new SiteRenderer.PageCache() {
            @Override
            public byte[] page(String route, String template, Map<String, Object> model, Supplier<byte[]> render) {
                return BuildCache.this.page(route, template, model, render);
            }

            @Override
            public byte[] kept(String route, String template) {
                return BuildCache.this.kept(route, template);
            }
        };
    }

    private static List<String> ids(List<? extends Item> items) {
        return items.stream().map(Item::id).toList();
    }

    /** The last bytes of a page that links to none of the edited items, in a build that allows it. */
    private byte[] kept(String route, String template) {
        Set<String> now = edited;
        if (now == null) return null;
        Rendered before = pages.get(route);
        Set<String> linked = links.get(route);
        if (before == null || linked == null || !before.template().equals(template)) return null;
        for (String id : now) {
            if (linked.contains(id)) return null;
        }
        seen.add(route);
        return before.bytes();
    }

    private byte[] page(String route, String template, Map<String, Object> model, Supplier<byte[]> render) {
        seen.add(route);
        Rendered before = pages.get(route);
        if (before != null && before.template().equals(template) && same(model, before.model())) {
            return before.bytes();
        }
        byte[] bytes = render.get();
        rendered.incrementAndGet();
        pages.put(route, new Rendered(template, model, bytes));
        links.put(route, Changes.links(route, model, shared));
        return bytes;
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
