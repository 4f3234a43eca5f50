package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void readsSingleElementsAndWholeRunsInTheOrderTheyWereAdded() {
        Segments<String> s = new Segments<>();
        s.add("a");
        s.add("b");
        s.addRun(List.of("c", "d"));
        s.add("e");
        s.addRun(List.of());
        s.addRun(LazyList.of(List.of(1, 2), n -> "n" + n));
        s.add("f");
        assertEquals(List.of("a", "b", "c", "d", "e", "n1", "n2", "f"), new ArrayList<>(s));
        assertEquals(8, s.size());
        assertEquals("n2", s.get(6));
        assertEquals(List.of("d", "e", "n1"), s.subList(3, 6));
    }

    @Test
    void readsARunAsItIsWhenReadNotAsItWasWhenAdded() {
        Segments<Integer> s = new Segments<>();
        List<Integer> run = new ArrayList<>(List.of(1));
        s.addRun(run);
        run.add(2); // the plan adds lazy views; a view is read through, never copied
        assertEquals(List.of(1, 2), new ArrayList<>(s));
    }

    @Test
    void refusesIndexesOutsideTheList() {
        Segments<String> s = new Segments<>();
        s.add("a");
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.get(-1));
    }
}
