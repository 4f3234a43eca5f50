package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * A reference to another item by id, with the place it was written, so that a dangling reference
 * is reported where the editor wrote it.
 *
 * <p>The place is held as its parts rather than as a {@link Pos}: an archive of 100,000
 * milestones holds a million references, and a second object for each took 24 MB of the heap.
 *
 * @param id     the id referred to
 * @param file   the file the reference is written in
 * @param line   its line there
 * @param column its column there
 */
public record Ref(String id, String file, int line, int column) {

    public Ref(String id, Pos at) {
        this(id, at.file(), at.line(), at.column());
    }

    /** Where the reference is written. */
    public Pos at() {
        return new Pos(file, line, column);
    }
}
