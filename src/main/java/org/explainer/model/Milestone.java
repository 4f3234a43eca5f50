package org.explainer.model;

import java.util.List;
import org.explainer.problem.Pos;

/**
 * Something that happened, or was planned, at a date ({@code milestones/<id>.md}).
 *
 * @param id      the file name without {@code .md}
 * @param title   a headline
 * @param date    when, at the precision the sources give
 * @param type    an optional one-word kind: talks, offer, vote, strike... ("" when none)
 * @param actors  who took part
 * @param sources where it is reported (at least one)
 * @param status  happened, planned or called off
 * @param body    what happened and why it matters
 * @param draft   kept out of the build unless drafts are asked for
 * @param at      the file
 */
public record Milestone(String id, String title, PartialDate date, String type, List<Ref> actors,
                        List<Ref> sources, Status status, Markdown body, boolean draft, Pos at) implements Item {

    /** Whether the event took place. */
    public enum Status {
        HAPPENED("happened"), PLANNED("planned"), CALLED_OFF("called-off");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Milestone {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
    }

    @Override
    public Kind itemKind() {
        return Kind.MILESTONE;
    }
}
