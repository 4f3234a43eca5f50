package org.explainer.model;

import java.util.List;
import org.explainer.problem.Pos;

/**
 * A point of contention, with each side's position ({@code issues/<id>.md}).
 *
 * @param id        the file name without {@code .md}
 * @param title     e.g. "Saturday pay"
 * @param summary   one sentence on what is disputed
 * @param positions each side's position, in the order written
 * @param sources   where the positions are reported
 * @param body      background
 * @param draft     kept out of the build unless drafts are asked for
 * @param at        the file
 */
public record Issue(String id, String title, String summary, List<Position> positions, List<Ref> sources,
                    Markdown body, boolean draft, Pos at) implements Item {

    /**
     * One side's position on an issue.
     *
     * @param side    the side
     * @param text    the position, in Markdown
     * @param sources where this position is reported (empty when only the issue's sources are given)
     */
    public record Position(Ref side, Markdown text, List<Ref> sources) {

        public Position {
            sources = List.copyOf(sources);
        }

        /** A position written as plain text, citing no source of its own. */
        public Position(Ref side, Markdown text) {
            this(side, text, List.of());
        }
    }

    public Issue {
        positions = List.copyOf(positions);
        sources = List.copyOf(sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.ISSUE;
    }
}
