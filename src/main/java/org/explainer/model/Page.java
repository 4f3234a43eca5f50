package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * A free page such as "About this explainer" ({@code pages/<id>.md}), published at {@code /<id>/}.
 *
 * @param id     the file name without {@code .md}; also its address
 * @param title  the page title
 * @param order  its place in the navigation (pages without one come last, by title)
 * @param body   the page
 * @param draft  kept out of the build unless drafts are asked for
 * @param at     the file
 */
public record Page(String id, String title, int order, Markdown body, boolean draft, Pos at) implements Item {

    /** The order of a page that gives none: after every page that does. */
    public static final int UNORDERED = Integer.MAX_VALUE;

    @Override
    public Kind itemKind() {
        return Kind.PAGE;
    }
}
