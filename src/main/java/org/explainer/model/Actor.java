package org.explainer.model;

import java.util.List;
import java.util.Optional;
import org.explainer.problem.Pos;

/**
 * A person or organisation that acts or speaks in the dispute ({@code actors/<id>.md}).
 *
 * @param id       the file name without {@code .md}
 * @param name     the name shown to readers
 * @param kind     person or organisation
 * @param role     what they are in the dispute, e.g. "Health Secretary"
 * @param side     the side they stand on
 * @param memberOf the organisation they belong to, if any
 * @param aliases  other names readers may know them by
 * @param body     who they are and where they stand
 * @param draft    kept out of the build unless drafts are asked for
 * @param at       the file
 */
public record Actor(String id, String name, ActorKind kind, String role, Ref side, Optional<Ref> memberOf,
                    List<String> aliases, Markdown body, boolean draft, Pos at) implements Item {

    /** Whether an actor is one human being or a body of people. */
    public enum ActorKind { PERSON, ORGANISATION }

    public Actor {
        aliases = List.copyOf(aliases);
    }

    @Override
    public Kind itemKind() {
        return Kind.ACTOR;
    }
}
