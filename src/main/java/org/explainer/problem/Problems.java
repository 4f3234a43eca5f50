package org.explainer.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a stage instead of throwing at the first one, so an editor sees
 * everything wrong in one run. Thread-safe, because files are loaded in parallel.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void add(Pos pos, String message) {
        add(Problem.at(pos, message, ""));
    }

    public void add(Pos pos, String message, String hint) {
        add(Problem.at(pos, message, hint));
    }

    public synchronized void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in a stable order, duplicates removed. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }

    /** Ends a stage: throws the whole list if anything went wrong. */
    public void throwIfAny(String stage) {
        if (!isEmpty()) throw new ContentException(stage, sorted());
    }
}
