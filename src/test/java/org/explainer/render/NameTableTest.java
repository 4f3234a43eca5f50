package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The table answers as its map by name does, whatever string asks and however often. */
class NameTableTest {

    private static final Map<String, Integer> NUMBERS = Map.of("id", 1, "actor", 2, "date", 3, "text", 4,
            "source", 5, "milestone", 6, "issues", 7, "verified", 8, "href", 9, "title", 10);
    private static final List<String> ASKED = List.of("id", "actor", "date", "text", "source", "milestone",
            "issues", "verified", "href", "title", "name", "shout", "", "Id", "actorx");

    /** A new string with the same characters: what a template's parser hands over. */
    private static String copy(String s) {
        return new String(s.toCharArray());
    }

    @Test
    void answersAStringEqualToANameNotOnlyTheNamesOwnString() {
        NameTable<Integer> table = new NameTable<>(NUMBERS);
        List<String> templateKeys = ASKED.stream().map(NameTableTest::copy).toList();
        for (int round = 0; round < 3; round++) { // the first asks through the map, later ones from memory
            for (String key : templateKeys) assertEquals(NUMBERS.get(key), table.get(key), key);
        }
    }

    @Test
    void answersNamesItHasNoValueForWithNullEachTime() {
        NameTable<Integer> table = new NameTable<>(NUMBERS);
        String unknown = copy("shout");
        for (int round = 0; round < 3; round++) assertNull(table.get(unknown));
        assertEquals(4, table.get(copy("text")));
    }

    /** Strings made while a page renders ({@code r[name]}) are new each time: past the limit they are not kept. */
    @Test
    void answersRightlyPastTheStringsItRemembers() {
        NameTable<Integer> table = new NameTable<>(NUMBERS);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < NameTable.MAX_REMEMBERED * 4; i++) {
            String key = copy(ASKED.get(i % ASKED.size()));
            if (i < 40) kept.add(key);
            assertEquals(NUMBERS.get(key), table.get(key), key + " #" + i);
        }
        for (String key : kept) assertEquals(NUMBERS.get(key), table.get(key), key);
    }

    /** Strings whose hashes share a slot are told apart by which string they are, not by the hash. */
    @Test
    void tellsApartStringsWithTheSameHash() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals("Aa".hashCode(), "C#".hashCode());
        NameTable<Integer> table = new NameTable<>(Map.of("Aa", 1, "BB", 2));
        for (int round = 0; round < 3; round++) {
            assertEquals(1, table.get(copy("Aa")));
            assertEquals(2, table.get(copy("BB")));
            assertNull(table.get(copy("C#")));
        }
    }

    @Test
    void answersAlikeWhenThreadsAskAndRememberAtOnce() throws Exception {
        NameTable<Integer> table = new NameTable<>(NUMBERS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> askers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                askers.add(() -> {
                    List<String> own = new ArrayList<>();
                    for (int i = 0; i < 150; i++) own.add(copy(ASKED.get(i % ASKED.size())));
                    int wrong = 0;
                    for (int round = 0; round < 200; round++) {
                        for (String key : own) {
                            Integer expected = NUMBERS.get(key);
                            Integer actual = table.get(key);
                            if (expected == null ? actual != null : !expected.equals(actual)) wrong++;
                        }
                    }
                    return wrong;
                });
            }
            for (Future<Integer> wrong : pool.invokeAll(askers)) assertEquals(0, wrong.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
