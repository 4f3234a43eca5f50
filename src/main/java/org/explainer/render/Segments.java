package org.explainer.render;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A list made of runs: elements added one at a time, and whole lists added as they are, never
 * copied. The plan uses it so that the pages of an archive's items (a lazy view per kind, see
 * {@link LazyList}) are described, not held: at 100,000 milestones, holding a file entry, its
 * closures and its path for each of 312,000 pages took some 70 MB of the heap.
 *
 * <p>Built by one thread, then only read (by any number).
 */
final class Segments<T> extends AbstractList<T> {

    private final List<List<T>> runs = new ArrayList<>();
    /** The run that single elements go into, until a whole list is added after them. */
    private List<T> open;

    @Override
    public boolean add(T element) {
        if (open == null) {
            open = new ArrayList<>();
            runs.add(open);
        }
        return open.add(element);
    }

    /** Adds every element of {@code run}, in order, as a view: the list is read when this one is. */
    void addRun(List<T> run) {
        open = null;
        runs.add(run);
    }

    @Override
    public T get(int index) {
        if (index < 0) throw new IndexOutOfBoundsException(index);
        int i = index;
        for (List<T> run : runs) {
            if (i < run.size()) return run.get(i);
            i -= run.size();
        }
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
        int n = 0;
        for (List<T> run : runs) n += run.size();
        return n;
    }
}
