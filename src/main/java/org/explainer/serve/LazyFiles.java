package org.explainer.serve;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A built site's files by path, where the files no page needs to show (data exports, feed,
 * sitemap) are made only when first asked for, from the same build, so they are what a full build
 * writes. At 10,000 milestones those exports take seconds to make, and an editor previewing a page
 * rarely opens them; making them on demand keeps a save's reload quick. Read-only.
 */
final class LazyFiles extends AbstractMap<String, byte[]> {

    private final Map<String, byte[]> made;
    private final Map<String, Supplier<byte[]>> later;
    private final Map<String, byte[]> madeLater = new ConcurrentHashMap<>();

    /**
     * @param made  files already made
     * @param later files to make when first asked for, each at most once
     */
    LazyFiles(Map<String, byte[]> made, Map<String, Supplier<byte[]>> later) {
        this.made = Map.copyOf(made);
        this.later = Map.copyOf(later);
    }

    @Override
    public byte[] get(Object path) {
        byte[] bytes = made.get(path);
        if (bytes != null || !(path instanceof String p)) return bytes;
        Supplier<byte[]> make = later.get(p);
        return make == null ? null : madeLater.computeIfAbsent(p, k -> make.get());
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
