package org.explainer.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
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
    private record Entry(long size, FileTime time, long readAt, List<?> items, List<Problem> problems) {
    }

    private final boolean enabled;
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    private LoadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** An empty cache that keeps what it reads. */
    public static LoadCache keeping() {
        return new LoadCache(true);
    }

    /**
     * The records of one file, read by {@code parse} (which reports into the problems it is given)
     * or kept from last time; the file's problems go into {@code into} either way.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> file(Path file, Problems into, Function<Problems, List<T>> parse) {
        if (!enabled) return parse.apply(into);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            entries.remove(file);
            return parse.apply(into); // the parser reports what is wrong with the file
        }
        Entry before = entries.get(file);
        if (before != null && before.size() == attrs.size() && before.time().equals(attrs.lastModifiedTime())
                && attrs.lastModifiedTime().toMillis() + RACY_MILLIS < before.readAt()) {
            into.addAll(before.problems());
            return (List<T>) before.items();
        }
        long readAt = System.currentTimeMillis();
        Problems own = new Problems();
        List<T> items = List.copyOf(parse.apply(own));
        entries.put(file, new Entry(attrs.size(), attrs.lastModifiedTime(), readAt, items, own.sorted()));
        into.addAll(own.sorted());
        return items;
    }
}
