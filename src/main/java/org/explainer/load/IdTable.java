package org.explainer.load;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each id that references name, for the length of one load: an archive names
 * the same few thousand ids in a million references (each quote its speaker and its source), and
 * a string per reference was 40 MB at 100,000 milestones.
 *
 * <p>Why not {@link String#intern()}, which shares them as well: the JVM keeps interned strings in
 * a table of weak references, and JDK 17's serial collector walks that whole table at every young
 * collection. With every reference interned that walk was 15 of the 83 seconds of a build of
 * 100,000 milestones (60 to 90 ms at each of some 240 collections). This table is an ordinary
 * object, dropped with the loader.
 */
final class IdTable {

    private final ConcurrentHashMap<String, String> ids = new ConcurrentHashMap<>();

    /** The copy of {@code id} this load already holds, or {@code id} itself the first time. */
    String share(String id) {
        String held = ids.get(id);
        if (held != null) return held;
        held = ids.putIfAbsent(id, id);
        return held == null ? id : held;
    }
}
