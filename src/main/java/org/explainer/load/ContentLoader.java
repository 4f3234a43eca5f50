package org.explainer.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.explainer.model.Content;
import org.explainer.model.Item;
import org.explainer.model.Markdown;
import org.explainer.model.SiteConfig;
import org.explainer.model.Source;
import org.explainer.problem.ContentException;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;
import org.explainer.problem.Problems;
import org.explainer.problem.Suggest;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The first stage: walks a content folder and turns every file into typed records, each file on
 * its own, collecting every problem of every file before failing once. Nothing here looks across
 * files; that is the validator's job.
 */
public final class ContentLoader {

    /** What may sit at the top of a content folder; anything else is probably a typo. */
    static final List<String> TOP_LEVEL = List.of("site.yaml", "figures.yaml", "actors", "milestones", "quotes",
            "sources", "issues", "questions", "pages", "assets", "README.md");

    /**
     * Asset types a browser runs as a document when opened directly: published on the site's
     * address (shared, on GitHub Pages, by every project site of an owner), a contributor's
     * SVG or HTML file could run script there. Templates' own static files are trusted and exempt.
     */
    static final List<String> ACTIVE_ASSETS = List.of(".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xml",
            ".xsl", ".xslt", ".js", ".mjs", ".swf");

    private static final Set<String> MARKDOWN = Set.of(".md");
    private static final Set<String> YAML = Set.of(".yaml", ".yml");

    private final Path root;
    private final Problems problems = new Problems();
    private final LoadCache cache;
    private final IdTable ids = new IdTable();
    /** The content folder with its links resolved, found once rather than for every file read. */
    private volatile Path realRoot;
    private final Map<Path, Boolean> foldersInside = new ConcurrentHashMap<>();

    private ContentLoader(Path root, LoadCache cache) {
        this.root = root;
        this.cache = cache;
    }

    /** Loads everything under {@code contentDir}, or throws every problem found. */
    public static Content load(Path contentDir) {
        return load(contentDir, LoadCache.NONE);
    }

    /** Loads like {@link #load(Path)}, reusing the records of files unchanged since {@code cache} read them. */
    public static Content load(Path contentDir, LoadCache cache) {
        return new ContentLoader(contentDir, cache).load();
    }

    private Content load() {
        if (!Files.isDirectory(root)) {
            throw ContentException.single("load", new Problem(root.toString(), 0, 0,
                    "the content folder does not exist", "pass the folder with --content DIR"));
        }
        checkTopLevel();
        SiteConfig site = loadSite();
        var actors = markdownItems("actors", (file, body, f, p) -> Readers.actor(id(file), f, body, Pos.file(file)), Readers.ACTOR);
        var milestones = markdownItems("milestones", (file, body, f, p) -> Readers.milestone(id(file), f, body, Pos.file(file)), Readers.MILESTONE);
        var issues = markdownItems("issues", (file, body, f, p) -> Readers.issue(id(file), f, body, Pos.file(file), p), Readers.ISSUE);
        var questions = markdownItems("questions", (file, body, f, p) -> Readers.question(id(file), f, body, Pos.file(file)), Readers.QUESTION);
        var pages = markdownItems("pages", (file, body, f, p) -> Readers.page(id(file), f, body, Pos.file(file)), Readers.PAGE);
        var quotes = yamlLists("quotes", true, Readers.QUOTE, (f, p) -> Readers.quote(f));
        var sources = yamlLists("sources", false, Readers.SOURCE, Readers::source);
        var figures = yamlLists(null, true, Files.exists(root.resolve("figures.yaml")) ? List.of("figures.yaml") : List.of(),
                Readers.FIGURE, (f, p) -> Readers.figure(f));
        // Every file of every folder in one queue, the YAML lists first: an archive's quotes fill
        // several files of up to a megabyte each, the longest single tasks, and a folder at a time
        // left a core idle at the end of each folder.
        FileBatch.readAll(List.of(quotes, sources, figures, actors, milestones, issues, questions, pages));
        List<Source> sourcesWithText = sources.items().stream().map(this::readSourceText).toList();
        List<String> assets = assets();
        problems.throwIfAny("load");
        return new Content(site, byId(actors.items()), byId(milestones.items()), byId(quotes.items()),
                byId(sourcesWithText), byId(issues.items()), byId(questions.items()), figures.items(),
                byId(pages.items()), assets);
    }

    private static <T extends Item> List<T> byId(List<T> items) {
        return items.stream().sorted(Comparator.comparing(Item::id).thenComparing(i -> i.at().file())).toList();
    }

    private static String id(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }

    // ---- site.yaml ----------------------------------------------------------------------------------

    private SiteConfig loadSite() {
        String name = "site.yaml";
        Path file = root.resolve(name);
        Pos at = Pos.file(name);
        SiteConfig fallback = new SiteConfig("", "", "en", "https://example.org/", Optional.empty(), List.of(),
                java.util.Map.of(), at);
        if (!Files.isRegularFile(file)) {
            problems.add(at, "site.yaml is missing", "create content/site.yaml with title, description, baseUrl and sides");
            return fallback;
        }
        try {
            TextFile text = read(file, name, TextFile.MAX_BYTES).requireVisible();
            Optional<Node> node = Yaml.compose(text.text(), name, 1);
            if (node.isEmpty()) {
                problems.add(new Pos(name, 1, 1), "site.yaml is empty", "give it title, description, baseUrl and sides");
                return fallback;
            }
            Tags.check(node.get(), name, 1, problems);
            return Fields.of(node.get(), "site.yaml", name, 1, problems, Readers.SITE, ids)
                    .map(f -> Readers.site(f, problems)).orElse(fallback);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return fallback;
        }
    }

    // ---- Markdown items -----------------------------------------------------------------------------

    @FunctionalInterface
    private interface MarkdownReader<T> {
        T read(String file, Markdown body, Fields fields, Problems problems);
    }

    /** The files of one folder of Markdown items, to be read with every other file (see {@link FileBatch}). */
    private <T extends Item> FileBatch<T> markdownItems(String folder, MarkdownReader<T> reader, Set<String> allowed) {
        return new FileBatch<>(listFiles(folder, MARKDOWN, true), name -> cache.file(root.resolve(name), problems,
                own -> markdownItem(folder, name, reader, allowed, own)));
    }

    /** One Markdown file's item, if it has one; its problems go into {@code problems}. */
    private <T extends Item> List<T> markdownItem(String folder, String name, MarkdownReader<T> reader,
                                                  Set<String> allowed, Problems problems) {
        try {
            Optional<TextFile> file = readListed(name, folder, MARKDOWN, true, problems);
            if (file.isEmpty()) return List.<T>of();
            TextFile text = file.get().requireVisible();
            if (!Fields.checkId(id(name), Pos.file(name), problems)) return List.<T>of();
            FrontMatter fm = FrontMatter.split(text);
            Optional<Node> node = Yaml.compose(fm.yaml(), name, fm.yamlLine());
            if (node.isEmpty()) {
                problems.add(new Pos(name, 1, 1), "the front matter is empty",
                        "add the fields between the two '---' lines");
                return List.<T>of();
            }
            Tags.check(node.get(), name, fm.yamlLine(), problems);
            Markdown body = new Markdown(fm.body(), new Pos(name, fm.bodyLine(), 1));
            return Fields.of(node.get(), "the front matter", name, fm.yamlLine(), problems, allowed, ids)
                    .map(f -> reader.read(name, body, f, problems)).stream().toList();
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return List.<T>of();
        }
    }

    // ---- YAML lists ---------------------------------------------------------------------------------

    /** The YAML lists of a folder (all of its YAML files), strictly or not (see {@link #listFiles}). */
    private <T> FileBatch<T> yamlLists(String folder, boolean strict, Set<String> allowed,
                                       BiFunction<Fields, Problems, Optional<T>> reader) {
        return yamlLists(folder, strict, listFiles(folder, YAML, strict), allowed, reader);
    }

    /** @param folder the folder that {@code files} were listed from, or null for files named in the code */
    private <T> FileBatch<T> yamlLists(String folder, boolean strict, List<String> files, Set<String> allowed,
                                       BiFunction<Fields, Problems, Optional<T>> reader) {
        return new FileBatch<>(files, name -> cache.file(root.resolve(name), problems,
                own -> yamlList(folder, strict, name, allowed, reader, own)));
    }

    /** One YAML file's entries; its problems go into {@code problems}. */
    private <T> List<T> yamlList(String folder, boolean strict, String name, Set<String> allowed,
                                 BiFunction<Fields, Problems, Optional<T>> reader, Problems problems) {
        List<T> out = new ArrayList<>();
        try {
            Optional<TextFile> file = folder == null ? Optional.of(read(root.resolve(name), name, TextFile.MAX_BYTES))
                    : readListed(name, folder, YAML, strict, problems);
            if (file.isEmpty()) return out;
            TextFile text = file.get().requireVisible();
            Optional<Node> node = Yaml.compose(text.text(), name, 1);
            if (node.isEmpty()) {
                problems.add(new Pos(name, 1, 1), "the file is empty", "list the entries, each starting with '- id: ...'");
                return out;
            }
            Tags.check(node.get(), name, 1, problems);
            if (!(node.get() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode seq)) {
                problems.add(Fields.position(node.get(), name, 1), "the file must be a list of entries, each starting with '- '",
                        "start the first line of each entry with '- id: ...' and indent its other lines by two spaces");
                return out;
            }
            for (Node entry : seq.getValue()) {
                Fields.of(entry, "each entry", name, 1, problems, allowed, ids).flatMap(f -> reader.apply(f, problems))
                        .ifPresent(out::add);
            }
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
        return out;
    }

    private Source readSourceText(Source s) {
        if (s.textPath().isEmpty()) return s;
        String rel = s.textPath().get().id();
        Pos at = s.textPath().get().at();
        Path target = root.resolve(rel).normalize();
        if (rel.isEmpty() || rel.startsWith("/") || rel.contains("\\") || !target.startsWith(root.normalize())
                || rel.contains("..")) {
            problems.add(at, "the text copy must be a path inside the content folder, not '" + rel + "'",
                    "e.g. text: sources/" + s.id() + ".txt");
            return s;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(at, "the text copy '" + rel + "' does not exist", "put the plain text at content/" + rel);
            return s;
        }
        try {
            TextFile text = read(target, rel, TextFile.MAX_SOURCE_TEXT_BYTES);
            return new Source(s.id(), s.title(), s.author(), s.publisher(), s.date(), s.url(), s.textPath(),
                    Optional.of(text.text()), s.draft(), s.at());
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return s;
        }
    }

    // ---- files --------------------------------------------------------------------------------------

    /** Reads a file after refusing symbolic links that lead out of the content folder. */
    private TextFile read(Path file, String name, long limit) {
        // Most files are plain files in a folder already known to be inside: opened without
        // following a link, they need no path resolved (finding a file's real path reads every
        // folder on the way as a possible link, six system calls a file). Anything else (a link,
        // a folder, a missing file, a folder outside) takes the checked path and its messages.
        if (folderInside(file.getParent())) {
            byte[] bytes = TextFile.readPlainFile(file, name, limit);
            if (bytes != null) return TextFile.decode(bytes, name);
        }
        ensureInside(file, name);
        return TextFile.read(file, name, limit);
    }

    /** Whether a folder's real path is inside the content folder's, asked once per folder. */
    private boolean folderInside(Path folder) {
        if (folder == null) return false;
        return foldersInside.computeIfAbsent(folder, f -> {
            try {
                return f.toRealPath().startsWith(realRoot());
            } catch (IOException e) {
                return false;
            }
        });
    }

    private Path realRoot() throws IOException {
        Path inside = realRoot;
        if (inside == null) realRoot = inside = root.toRealPath();
        return inside;
    }

    /**
     * Reads a file that {@link #listFiles} listed in {@code folder}, or nothing for a folder that
     * has a file's name: reported as a folder where only files belong when the listing is strict,
     * passed over when not, as the listing itself did before it stopped asking.
     */
    private Optional<TextFile> readListed(String name, String folder, Set<String> endings, boolean strict,
                                          Problems problems) {
        Path file = root.resolve(name);
        try {
            return Optional.of(read(file, name, TextFile.MAX_BYTES));
        } catch (ContentException e) {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw e;
            if (strict) unexpectedFolder(name, folder, endings, problems);
            return Optional.empty();
        }
    }

    private void ensureInside(Path file, String name) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot())) {
                throw ContentException.single("load", Problem.at(Pos.file(name),
                        "the file is a symbolic link to a place outside the content folder",
                        "copy the file into content/ instead of linking to it"));
            }
        } catch (IOException e) {
            throw ContentException.single("load", Problem.at(Pos.file(name),
                    "cannot read the file (" + e.getClass().getSimpleName() + ")", "is it a broken symbolic link?"));
        }
    }

    /** The files of one folder with one of the given endings, sorted, as names relative to the root. */
    private List<String> listFiles(String folder, Set<String> endings, boolean strict) {
        return cache.listing(root.resolve(folder), problems, own -> listFiles(folder, endings, strict, own));
    }

    private List<String> listFiles(String folder, Set<String> endings, boolean strict, Problems problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String fileName = p.getFileName().toString();
                String name = folder + "/" + fileName;
                if (fileName.startsWith(".")) continue;
                if (endings.stream().anyMatch(fileName::endsWith)) {
                    // Taken without asking whether it is a folder: that is a system call per file
                    // on one core (0.13 s of 10,000 milestones), and reading it, on every core,
                    // finds a folder out anyway (see readListed).
                    out.add(name);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (strict) unexpectedFolder(name, folder, endings, problems);
                } else if (strict) {
                    problems.add(Pos.file(name), "unexpected file in " + folder + "/",
                            folder + "/ holds only " + String.join(" or ", endings.stream().sorted().toList()) + " files");
                }
            }
        } catch (IOException e) {
            problems.add(Pos.file(folder), "cannot list the folder: " + e.getMessage(), "");
        }
        return out;
    }

    private static void unexpectedFolder(String name, String folder, Set<String> endings, Problems problems) {
        problems.add(Pos.file(name), "unexpected folder inside " + folder + "/",
                folder + "/ holds only " + String.join(" or ", endings.stream().sorted().toList()) + " files");
    }

    private void checkTopLevel() {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || TOP_LEVEL.contains(name)) continue;
                problems.add(Pos.file(name), "unexpected " + (Files.isDirectory(p) ? "folder" : "file")
                        + " in the content folder", hintTopLevel(name));
            }
        } catch (IOException e) {
            problems.add(Pos.file(""), "cannot list the content folder: " + e.getMessage(), "");
        }
    }

    private static String hintTopLevel(String name) {
        String hint = Suggest.didYouMean(name, TOP_LEVEL);
        return hint.isEmpty() ? "the content folder holds " + String.join(", ", TOP_LEVEL) : hint;
    }

    private List<String> assets() {
        Path dir = root.resolve("assets");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (p.getFileName().toString().startsWith(".")) continue;
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (ACTIVE_ASSETS.stream().anyMatch(lower::endsWith)) {
                    problems.add(Pos.file(name), "this kind of file can run script when opened from the site",
                            "publish images as PNG, JPEG, GIF, WebP or AVIF; pages belong in pages/ as Markdown");
                    continue;
                }
                try {
                    ensureInside(p, name);
                    out.add(name);
                } catch (ContentException e) {
                    problems.addAll(e.problems());
                }
            }
            return out;
        } catch (IOException e) {
            problems.add(Pos.file("assets"), "cannot list the assets: " + e.getMessage(), "");
            return List.of();
        }
    }
}
