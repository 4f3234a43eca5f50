package org.explainer.model;

import java.util.List;
import java.util.Optional;
import org.explainer.problem.Pos;

/**
 * Words someone said, verbatim, with where they were reported ({@code quotes/*.yaml}).
 *
 * @param id        unique among quotes
 * @param actor     who said it
 * @param text      the words, verbatim; {@code ...} or {@code …} marks an elision
 * @param textAt    where the text is written, for a failed verification
 * @param date      when it was said or reported
 * @param source    where it was reported
 * @param milestone the event it belongs to, if any
 * @param issues    the points of contention it bears on
 * @param context   one sentence of setting, in the editor's words ("" when none)
 * @param draft     kept out of the build unless drafts are asked for
 * @param at        the list entry
 */
public record Quote(String id, Ref actor, String text, Pos textAt, PartialDate date, Ref source,
                    Optional<Ref> milestone, List<Ref> issues, String context, boolean draft, Pos at)
        implements Item {

    public Quote {
        issues = List.copyOf(issues);
    }

    @Override
    public Kind itemKind() {
        return Kind.QUOTE;
    }
}
