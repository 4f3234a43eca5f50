package org.explainer.render;

import java.util.Map;

/**
 * Values by name, found quickest by the very strings that asked for them before: a template's
 * {@code q.actor.name} asks with the same key string each time it runs.
 *
 * <p>Why: a map by name compares the asking string with its own key character by character,
 * because a template's key is a string of the template's parser and never the one the map was
 * filled with. Reading a record's component is the commonest thing a page does (millions of times
 * in a large build), and under the client compiler that comparison and the map's probe were most
 * of a read's own time. Here each asking string is remembered with its answer, and found again by
 * its hash and a reference comparison. The map by name stays the definition: a string not yet
 * remembered is answered by it.
 *
 * <p>Safe for concurrent use: the remembered pairs are one array, replaced whole when a string is
 * added, so a reader sees the old or the new one, each complete.
 *
 * @param <V> the values; a name with none is answered with null
 */
final class NameTable<V> {

    /**
     * How many asking strings are remembered at most. The templates' own keys are a few hundred
     * at most; past this, strings made while a page renders ({@code r[name]}) are answered by the
     * map by name without being kept, so the table does not grow with the build.
     */
    static final int MAX_REMEMBERED = 512;

    /** The answer remembered for a string that names no value (a bean property, a typo). */
    private static final Object NONE = new Object();

    private final Map<String, V> byName;
    /**
     * Asking string, answer (or {@link #NONE}), asking string, answer...: open addressing on the
     * string's hash, at most half full, so a probe always meets an empty slot.
     */
    private volatile Object[] pairs = new Object[2 * 16];
    /** How many strings {@link #pairs} holds; changed only while holding this table's lock. */
    private int remembered;
    /** Whether {@link #MAX_REMEMBERED} strings are kept: later ones are answered without the lock. */
    private volatile boolean full;

    NameTable(Map<String, V> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The value named {@code name}, or null. */
    @SuppressWarnings("unchecked")
    V get(String name) {
        Object[] p = pairs;
        int mask = (p.length >> 1) - 1;
        for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
            Object asked = p[2 * i];
            if (asked == name) {
                Object answer = p[2 * i + 1];
                return answer == NONE ? null : (V) answer;
            }
            if (asked == null) return full ? byName.get(name) : remember(name);
        }
    }

    /** Answers {@code name} by the map, and keeps the string and its answer while there is room. */
    private synchronized V remember(String name) {
        V value = byName.get(name);
        if (full) return value;
        Object[] old = pairs;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] == name) return value; // another thread kept it meanwhile
        }
        int slots = old.length >> 1;
        Object[] grown = new Object[2 * (remembered + 1 > slots / 2 ? slots * 2 : slots)];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != null) put(grown, (String) old[i], old[i + 1]);
        }
        put(grown, name, value == null ? NONE : value);
        pairs = grown;
        if (++remembered == MAX_REMEMBERED) full = true;
        return value;
    }

    private static void put(Object[] p, String name, Object answer) {
        int mask = (p.length >> 1) - 1;
        int i = name.hashCode() & mask;
        while (p[2 * i] != null) i = (i + 1) & mask;
        p[2 * i] = name;
        p[2 * i + 1] = answer;
    }
}
