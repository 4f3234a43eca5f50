package org.explainer.problem;

import java.util.List;

/**
 * The one exception a build throws for anything an editor caused: it carries every problem found,
 * already sorted. The command line prints them; it never prints a stack trace for these.
 */
public final class ContentException extends RuntimeException {

    private final String stage;
    private final transient List<Problem> problems;

    public ContentException(String stage, List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + stage
                + (problems.isEmpty() ? "" : ": " + problems.get(0)), null, false, false);
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public static ContentException single(String stage, Problem problem) {
        return new ContentException(stage, List.of(problem));
    }

    /** The pipeline stage that found the problems: load, validate, link, render or write. */
    public String stage() {
        return stage;
    }

    public List<Problem> problems() {
        return problems;
    }
}
