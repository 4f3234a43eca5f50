package org.explainer.build;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A map that is still being made: every read waits for it. The renderer is given the Markdown's
 * HTML this way so that it can plan the site while the Markdown renders on other threads; it
 * reads the HTML only when a page is made, after the build has waited for the Markdown anyway.
 */
final class AwaitedMap<K, V> extends AbstractMap<K, V> {

    private final CompletableFuture<Map<K, V>> making;

    AwaitedMap(CompletableFuture<Map<K, V>> making) {
        this.making = making;
    }

    private Map<K, V> map() {
        return making.join();
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public V getOrDefault(Object key, V fallback) {
        return map().getOrDefault(key, fallback);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map().entrySet();
    }
}
