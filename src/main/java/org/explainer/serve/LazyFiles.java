package org.explainer.serve;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A built site's files by path, where most files are made only when first asked for, from the
 * same build, so they are what a full build writes. At 10,000 milestones the data exports take
 * seconds to make and a page listing every milestone a few hundred milliseconds; an editor
 * previewing a page rarely opens them, so making them on demand keeps a save's reload quick.
 * Read-only. A file whose making fails is not kept: asking again tries again.
 */
final class LazyFiles extends AbstractMap<String, byte[]> {

    private final Map<String, byte[]> made;
    private final Map<String, Supplier<byte[]>> later;
    private final Map<String, FutureTask<byte[]>> madeLater = new ConcurrentHashMap<>();

    /**
     * @param made  files already made; kept, not copied, so the caller must not change it
     * @param later files to make when first asked for, each at most once; kept, not copied
     */
    LazyFiles(Map<String, byte[]> made, Map<String, Supplier<byte[]>> later) {
        this.made = made;
        this.later = later;
    }

    @Override
    public byte[] get(Object path) {
        byte[] bytes = made.get(path);
        if (bytes != null || !(path instanceof String p)) return bytes;
        Supplier<byte[]> make = later.get(p);
        if (make == null) return null;
        FutureTask<byte[]> task = new FutureTask<>(make::get);
        // One task per file, run by the first to ask, outside any lock: a slow file never holds up another.
        FutureTask<byte[]> first = madeLater.putIfAbsent(p, task);
        if (first == null) {
            first = task;
            task.run();
        }
        try {
            return first.get();
        } catch (ExecutionException e) {
            madeLater.remove(p, first); // not kept: the next request tries again
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + p, e);
        }
    }

    @Override
    public boolean containsKey(Object path) {
        return made.containsKey(path) || later.containsKey(path);
    }

    @Override
    public int size() {
        return made.size() + later.size();
    }

    @Override
    public Set<String> keySet() {
        Set<String> keys = new HashSet<>(made.keySet());
        keys.addAll(later.keySet());
        return java.util.Collections.unmodifiableSet(keys);
    }

    /** Every entry; iterating makes the files not yet made. */
    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        Set<String> keys = keySet();
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, byte[]>> iterator() {
                Iterator<String> it = keys.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, byte[]> next() {
                        String k = it.next();
                        return Map.entry(k, get(k));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
