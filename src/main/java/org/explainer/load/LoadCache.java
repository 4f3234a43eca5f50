package org.explainer.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.explainer.problem.Problem;
import org.explainer.problem.Problems;

/**
 * What {@code serve} keeps between loads: each content file's records and problems, reused while
 * the file's size and modification time stay the same, so a save re-reads one file, not all.
 *
 * <p>A file modified within {@link #RACY_MILLIS} of being read is read again next time: a second
 * save inside one tick of a coarse file clock (a second on some file systems) keeps size and time
 * but not content, the "racily clean" case git guards against the same way.
 *
 * <p>When a file watcher says what changed ({@link #expect}), even the size and time are not
 * asked for: what it names is forgotten, and everything else kept, folder listings included, is
 * reused as it is. At 10,000 files, asking for each file's size and time is most of a load.
 */
public final class LoadCache {

    /** Reads every file every time: the one-shot build. */
    public static final LoadCache NONE = new LoadCache(false);

    static final long RACY_MILLIS = 2_000;

    /**
     * One file as read last time.
     *
     * @param size     its size then
     * @param time     its modification time then
     * @param readAt   when it was read (wall clock, ms)
     * @param items    the records read from it
     * @param problems the problems found in it
     */
    private record Entry(long size, FileTime time, long readAt, List<?> items, List<Problem> problems,
                         Where where) {
    }

    /**
     * A folder's listing as made last time.
     *
     * @param items    the files listed
     * @param problems the problems found listing it
     */
    private record Listing(List<?> items, List<Problem> problems, Where where) {
    }

    /**
     * Where a file or folder is, in the two forms a watcher may report it: absolute, and with
     * every symbolic link resolved (null when that failed).
     */
    private record Where(Path absolute, Path real) {
        static Where of(Path path) {
            Path real;
            try {
                real = path.toRealPath();
            } catch (IOException e) {
                real = null;
            }
            return new Where(path.toAbsolutePath().normalize(), real);
        }

        boolean in(Set<Path> paths) {
            return paths.contains(absolute) || (real != null && paths.contains(real));
        }

        /** Whether this is one of {@code paths} or lies beneath one. */
        boolean under(Set<Path> paths) {
            return beneath(absolute, paths) || (real != null && beneath(real, paths));
        }

        private static boolean beneath(Path path, Set<Path> paths) {
            for (Path p = path; p != null; p = p.getParent()) {
                if (paths.contains(p)) return true;
            }
            return false;
        }
    }

    /**
     * What changed since the last load, as a file watcher saw it.
     *
     * @param modified       files whose content may have changed
     * @param addedOrRemoved files and folders created or deleted (a rename is both): their folders'
     *                       listings change, and nothing kept beneath them is trusted
     */
    public record Changed(Set<Path> modified, Set<Path> addedOrRemoved) {
    }

    private final boolean enabled;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    /** Reuse what is kept without asking the file system: a watcher reports every change. */
    private volatile boolean trusting;

    private LoadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** An empty cache that keeps what it reads. */
    public static LoadCache keeping() {
        return new LoadCache(true);
    }

    /**
     * Before a load: what changed since the last one. Everything it names, or that lies beneath a
     * folder it names as added or removed, is forgotten; everything else kept is then reused
     * without asking for its size or time, and folders are listed again only when something in
     * them was added or removed. Null (after a watcher lost events, or with no watcher) checks
     * every file's size and time and lists every folder again.
     */
    public void expect(Changed changed) {
        if (!enabled) return;
        if (changed == null) {
            trusting = false;
            listings.clear();
            return;
        }
        Set<Path> modified = forms(changed.modified());
        Set<Path> moved = forms(changed.addedOrRemoved());
        entries.values().removeIf(e -> e.where().in(modified) || (!moved.isEmpty() && e.where().under(moved)));
        Set<Path> folders = new HashSet<>();
        for (Path p : moved) if (p.getParent() != null) folders.add(p.getParent());
        listings.values().removeIf(l -> l.where().in(folders) || l.where().under(moved));
        trusting = true;
    }

    /** Each path absolute and, when it resolves, with its links resolved too: a watcher may report either. */
    private static Set<Path> forms(Set<Path> paths) {
        Set<Path> out = new HashSet<>();
        for (Path p : paths) {
            Path absolute = p.toAbsolutePath().normalize();
            out.add(absolute);
            try {
                out.add(absolute.toRealPath());
            } catch (IOException e) {
                // Deleted, most likely: its parent may still resolve, and the entry kept for it has both forms.
                Path parent = absolute.getParent();
                try {
                    if (parent != null) out.add(parent.toRealPath().resolve(absolute.getFileName()));
                } catch (IOException again) {
                    // Gone with its folder: the absolute form is all there is.
                }
            }
        }
        return out;
    }

    /**
     * The files of one folder, listed by {@code list} (which reports into the problems it is given)
     * or, while a watcher says nothing was added or removed in it, as listed last time.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> listing(Path dir, Problems into, Function<Problems, List<T>> list) {
        if (!enabled) return list.apply(into);
        Listing before = listings.get(dir);
        if (trusting && before != null) {
            into.addAll(before.problems());
            return (List<T>) before.items();
        }
        Problems own = new Problems();
        List<T> items = List.copyOf(list.apply(own));
        listings.put(dir, new Listing(items, own.sorted(), Where.of(dir)));
        into.addAll(own.sorted());
        return items;
    }

    /**
     * The records of one file, read by {@code parse} (which reports into the problems it is given)
     * or kept from last time; the file's problems go into {@code into} either way.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> file(Path file, Problems into, Function<Problems, List<T>> parse) {
        if (!enabled) return parse.apply(into);
        Entry kept = entries.get(file);
        if (trusting && kept != null) {
            into.addAll(kept.problems());
            return (List<T>) kept.items();
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            entries.remove(file);
            return parse.apply(into); // the parser reports what is wrong with the file
        }
        if (kept != null && kept.size() == attrs.size() && kept.time().equals(attrs.lastModifiedTime())
                && attrs.lastModifiedTime().toMillis() + RACY_MILLIS < kept.readAt()) {
            into.addAll(kept.problems());
            return (List<T>) kept.items();
        }
        long readAt = System.currentTimeMillis();
        Problems own = new Problems();
        List<T> items = List.copyOf(parse.apply(own));
        entries.put(file, new Entry(attrs.size(), attrs.lastModifiedTime(), readAt, items, own.sorted(), Where.of(file)));
        into.addAll(own.sorted());
        return items;
    }
}
