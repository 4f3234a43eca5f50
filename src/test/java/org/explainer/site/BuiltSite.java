package org.explainer.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real content built once with the real templates into a temp folder, shared by the structure
 * tests of this package; every HTML page parsed with jsoup, keyed by its path in the site.
 */
final class BuiltSite {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    /** The path part of the sample content's baseUrl. */
    static final String BASE_PATH = "/dispute-explainer/";

    private static BuiltSite shared;

    final Path root;
    final Map<String, Document> pages = new TreeMap<>();

    private BuiltSite(Path root) {
        this.root = root;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("pagefind/")) continue;
                pages.put(rel, Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "https://site.test/" + rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site built with search off (the default of {@link BuildOptions#of}). */
    static synchronized BuiltSite get() throws IOException {
        if (shared == null) shared = build(false);
        return shared;
    }

    static BuiltSite build(boolean search) throws IOException {
        Path tmp = Files.createTempDirectory("explainer-site-test");
        Path out = tmp.resolve("site");
        Builder.build(BuildOptions.of(CONTENT, TEMPLATES, out).withSearch(search));
        return new BuiltSite(out);
    }

    long size(String rel) {
        try {
            return Files.size(root.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the page refers to by a relative URL, as a path in the site ("static/style.css"). */
    String resolve(String page, String url) {
        // The 404 page is served at any depth, so its links start from the site's base path.
        if (url.startsWith(BASE_PATH)) return url.substring(BASE_PATH.length()).replaceAll("[?#].*", "");
        return root.relativize(root.resolve(page).getParent().resolve(url.replaceAll("[?#].*", "")).normalize())
                .toString().replace('\\', '/');
    }

    List<String> paths(String prefix) {
        return pages.keySet().stream().filter(p -> p.startsWith(prefix)).toList();
    }
}
