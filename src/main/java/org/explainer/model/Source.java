package org.explainer.model;

import java.util.Optional;
import org.explainer.problem.Pos;

/**
 * A document the explainer's claims rest on ({@code sources/*.yaml}).
 *
 * @param id        unique among sources
 * @param title     the document's title
 * @param author    who wrote it, when the document says ("" when unknown)
 * @param publisher who published it ("" when unknown)
 * @param date      when it was published
 * @param url       where a reader can find it ("" when there is none to give)
 * @param textPath  the plain-text copy used to verify quotes, relative to the content folder
 * @param text      that copy's text, read at load time
 * @param draft     kept out of the build unless drafts are asked for
 * @param at        the list entry
 */
public record Source(String id, String title, String author, String publisher, PartialDate date, String url,
                     Optional<Ref> textPath, Optional<String> text, boolean draft, Pos at) implements Item {

    @Override
    public Kind itemKind() {
        return Kind.SOURCE;
    }
}
