package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site: each {@code href}, {@code src}, {@code srcset},
 * form {@code action} and CSS {@code url()} must reach a file in the output, and each
 * {@code #fragment} an element with that id in the target page. Links to other hosts are left
 * alone; absolute links under the site's base URL (canonical, og:url) count as internal, and
 * root-absolute ones ({@code /dispute-explainer/...}, as on the 404 page) too.
 */
public final class LinkChecker {

    /**
     * One link that does not resolve.
     *
     * @param page   the page holding it, relative to the site folder
     * @param attr   where it sits, e.g. {@code a[href]} or {@code url()}
     * @param link   the link as written
     * @param reason what is wrong with it
     */
    public record Broken(String page, String attr, String link, String reason) {
        @Override
        public String toString() {
            return page + ": " + attr + "=\"" + link + "\": " + reason;
        }
    }

    /**
     * What a run looked at and what it found.
     *
     * @param pages  HTML pages read
     * @param links  internal links checked
     * @param broken every link that does not resolve, in page order
     */
    public record Report(int pages, int links, List<Broken> broken) {
    }

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final String[][] ATTRS = {{"a", "href"}, {"area", "href"}, {"link", "href"}, {"img", "src"},
            {"script", "src"}, {"source", "src"}, {"iframe", "src"}, {"video", "poster"}, {"form", "action"}};

    private final Path site;
    private final URI base;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /**
     * @param site    the built output folder
     * @param baseUrl the absolute URL the site is published at, ending in '/'
     */
    public LinkChecker(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** Reads every HTML and CSS file of the site and checks each internal link in it. */
    public Report check() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Broken> broken = new ArrayList<>();
        int pages = 0;
        int links = 0;
        for (Path file : files) {
            String rel = site.relativize(file).toString().replace('\\', '/');
            if (rel.endsWith(".html")) {
                pages++;
                Document doc = parse(file);
                for (String[] ea : ATTRS) {
                    for (Element e : doc.select(ea[0] + "[" + ea[1] + "]")) {
                        links += checkOne(rel, ea[0] + "[" + ea[1] + "]", e.attr(ea[1]), broken);
                    }
                }
                for (Element e : doc.select("img[srcset], source[srcset]")) {
                    for (String candidate : e.attr("srcset").split(",")) {
                        String url = candidate.trim().split("\\s+")[0];
                        if (!url.isEmpty()) links += checkOne(rel, e.tagName() + "[srcset]", url, broken);
                    }
                }
                for (Element e : doc.select("meta[property=og:url], meta[property=og:image], meta[name=twitter:image]")) {
                    links += checkOne(rel, "meta[" + e.attr("property") + e.attr("name") + "]", e.attr("content"), broken);
                }
            } else if (rel.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(read(file));
                while (m.find()) {
                    links += checkOne(rel, "url()", m.group(1).trim(), broken);
                }
            }
        }
        return new Report(pages, links, List.copyOf(broken));
    }

    /** Checks one link written on page {@code rel}; returns 1 if it was internal, else 0. */
    private int checkOne(String rel, String attr, String link, List<Broken> broken) {
        if (link.startsWith("data:") || link.startsWith("mailto:") || link.startsWith("tel:")) return 0;
        URI target;
        try {
            target = base.resolve(new URI(null, null, rel, null)).resolve(new URI(link.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            broken.add(new Broken(rel, attr, link, "not a valid URL (" + e.getMessage() + ")"));
            return 1;
        }
        if (!sameOrigin(target)) return 0;
        String path = target.getPath() == null ? "" : target.getPath();
        if (!path.startsWith(base.getPath())) {
            broken.add(new Broken(rel, attr, link, "leaves the site: resolves to " + path + ", outside " + base.getPath()));
            return 1;
        }
        String inside = path.substring(base.getPath().length());
        Path file = site.resolve(inside).normalize();
        if (!file.startsWith(site)) {
            broken.add(new Broken(rel, attr, link, "leaves the site folder"));
            return 1;
        }
        boolean relative = !link.contains(":") && !link.startsWith("/");
        if (Files.isDirectory(file)) {
            if (relative && !link.startsWith("#") && !link.isEmpty()) {
                // Relative links must name index.html: opened from disk a folder shows a listing.
                broken.add(new Broken(rel, attr, link, "names a folder; from file:// this shows a folder listing,"
                        + " link to " + (inside.isEmpty() || inside.endsWith("/") ? inside : inside + "/") + "index.html"));
                return 1;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            broken.add(new Broken(rel, attr, link, "no such file: " + site.relativize(file)));
            return 1;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && !fragment.equals("top")) {
            if (!file.toString().endsWith(".html")) {
                broken.add(new Broken(rel, attr, link, "has a fragment but " + site.relativize(file) + " is not a page"));
            } else if (!idsOf(file).contains(fragment)) {
                broken.add(new Broken(rel, attr, link, "no id=\"" + fragment + "\" in " + site.relativize(file)));
            }
        }
        return 1;
    }

    private boolean sameOrigin(URI target) {
        if (target.getScheme() == null) return true;
        return target.getScheme().equalsIgnoreCase(base.getScheme())
                && String.valueOf(target.getHost()).equalsIgnoreCase(String.valueOf(base.getHost()))
                && target.getPort() == base.getPort();
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            Set<String> out = new TreeSet<>();
            Document doc = parse(p);
            doc.select("[id]").forEach(e -> out.add(e.id()));
            doc.select("a[name]").forEach(e -> out.add(e.attr("name")));
            return out;
        });
    }

    private Document parse(Path file) {
        return Jsoup.parse(read(file), base.resolve(site.relativize(file).toString().replace('\\', '/')).toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
