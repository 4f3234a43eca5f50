package org.explainer.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.explainer.model.Routes;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.explainer.problem.Problems;
import org.explainer.write.OutputFile;
import org.explainer.write.OutputWriter;

/**
 * The write stage of {@code serve}: makes every planned file into memory instead of a folder, so
 * the server never reads the editor's files at request time and a request cannot reach outside
 * the site. Only the pages the rebuild names ({@link BuildCache#eager()}) are made before the
 * reload; the other pages, and every file that is not a page, are made when first requested.
 * Copied files are read once and kept while their size and time stay the same; a copied file
 * whose real path leads outside the content and templates folders is refused.
 */
final class MemorySite {

    /**
     * A copied file as read last time.
     *
     * @param size  its size then
     * @param time  its modification time then
     * @param bytes its content
     */
    private record Read(long size, Object time, byte[] bytes) {
    }

    private final List<Path> roots;
    private final Map<Path, Read> copies = new ConcurrentHashMap<>();
    /** The paths of the last plan made without problems. */
    private List<String> lastPaths = List.of();

    /** @param roots the folders copied files may really live in (content and templates) */
    MemorySite(List<Path> roots) {
        this.roots = roots;
    }

    /**
     * A site made into memory.
     *
     * @param files      every file by its path in the site
     * @param pages      how many of them are HTML pages, the 404 page aside
     * @param pageRoutes the routes of those pages if the site's files may differ from the last
     *                   site made; null when the plan has the same paths as last time
     */
    record Made(Map<String, byte[]> files, int pages, Set<String> pageRoutes) {
    }

    /**
     * Every file of the plan by its path in the site, or every problem found making its pages.
     * The pages {@code eager} names (and copied files) are made now; every other file is made when
     * first asked for, from this plan (see {@link LazyFiles}).
     *
     * @param refused collects the copied files refused for leading outside the roots
     */
    Made make(List<OutputFile> plan, Predicate<String> eager, List<String> refused) {
        List<String> paths = new ArrayList<>(plan.size());
        for (OutputFile f : plan) paths.add(f.path());
        boolean changed = !paths.equals(lastPaths);
        // The same paths as last time were checked then: collisions depend on the paths alone.
        if (changed) OutputWriter.checkCollisions(plan);
        List<Path> realRoots = realRoots();
        Problems problems = new Problems();
        Map<String, Supplier<byte[]>> later = new HashMap<>(plan.size() * 2);
        List<OutputFile> now = new ArrayList<>();
        Set<String> pageRoutes = changed ? new HashSet<>() : null;
        int pages = 0;
        for (OutputFile f : plan) {
            boolean page = f.path().endsWith(".html") && !f.path().equals("404.html");
            if (page) pages++;
            if (page && pageRoutes != null) pageRoutes.add(Routes.routeOf(f.path()));
            if (f instanceof OutputFile.Made made && !(page && eager.test(f.path()))) {
                later.put(f.path(), made.bytes());
            } else if (f instanceof OutputFile.Streamed streamed) {
                later.put(f.path(), () -> stream(streamed));
            } else {
                now.add(f);
            }
        }
        Map<String, byte[]> files = new ConcurrentHashMap<>(now.size() * 2);
        List<String> outside = Collections.synchronizedList(new ArrayList<>());
        (now.size() > 1 ? now.parallelStream() : now.stream()).forEach(f -> {
            try {
                if (f instanceof OutputFile.Made made) {
                    files.put(f.path(), made.bytes().get());
                } else if (f instanceof OutputFile.Copied copied) {
                    byte[] bytes = copy(copied.source(), realRoots);
                    if (bytes == null) outside.add(f.path());
                    else files.put(f.path(), bytes);
                }
            } catch (ContentException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(f.path(), 0, 0, "cannot read " + describe(f) + ": "
                        + e.getClass().getSimpleName(), "is it a broken symbolic link?"));
            }
        });
        problems.throwIfAny("render");
        lastPaths = paths;
        outside.stream().sorted().forEach(refused::add);
        return new Made(new LazyFiles(files, later), pages, pageRoutes);
    }

    private static byte[] stream(OutputFile.Streamed f) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            f.content().writeTo(w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // memory does not fail; a writer bug should show
        }
        return out.toByteArray();
    }

    private byte[] copy(Path source, List<Path> realRoots) throws IOException {
        Path real = source.toRealPath();
        if (realRoots.stream().noneMatch(real::startsWith)) return null;
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
        Read before = copies.get(source);
        if (before != null && before.size() == attrs.size() && before.time().equals(attrs.lastModifiedTime())) {
            return before.bytes();
        }
        byte[] bytes = Files.readAllBytes(real);
        copies.put(source, new Read(attrs.size(), attrs.lastModifiedTime(), bytes));
        return bytes;
    }

    private List<Path> realRoots() {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try {
                out.add(root.toRealPath());
            } catch (IOException e) {
                // A missing folder holds no files to copy.
            }
        }
        return out;
    }

    private static String describe(OutputFile f) {
        return f instanceof OutputFile.Copied c ? c.source().toString() : f.path();
    }
}
