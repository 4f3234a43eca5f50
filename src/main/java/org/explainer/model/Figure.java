package org.explainer.model;

import java.util.Optional;
import org.explainer.problem.Pos;

/**
 * A key number ({@code figures.yaml}).
 *
 * @param id     unique among figures
 * @param value  the number as shown, e.g. "58%"
 * @param label  what it measures
 * @param source where it is reported
 * @param date   when it held, if it matters
 * @param draft  kept out of the build unless drafts are asked for
 * @param at     the list entry
 */
public record Figure(String id, String value, String label, Ref source, Optional<PartialDate> date,
                     boolean draft, Pos at) implements Item {

    @Override
    public Kind itemKind() {
        return Kind.FIGURE;
    }
}
