package org.explainer.validate;

import java.util.Set;
import org.explainer.model.Content;

/**
 * Content that passed every cross-file rule, drafts already left out when they are not built.
 *
 * @param content        the published content
 * @param verifiedQuotes ids of the quotes found verbatim in their source's text copy
 */
public record Validated(Content content, Set<String> verifiedQuotes) {

    public Validated {
        verifiedQuotes = Set.copyOf(verifiedQuotes);
    }

    /** Quotes whose source has no text copy, so that nothing could check them. */
    public int unverifiedCount() {
        return content.quotes().size() - verifiedQuotes.size();
    }
}
