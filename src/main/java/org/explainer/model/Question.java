package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * A question a reader arrives with, and its short answer ({@code questions/<id>.md}).
 *
 * @param id     the file name without {@code .md}
 * @param title  the question
 * @param order  its place among the questions
 * @param body   the short answer
 * @param draft  kept out of the build unless drafts are asked for
 * @param at     the file
 */
public record Question(String id, String title, int order, Markdown body, boolean draft, Pos at) implements Item {

    @Override
    public Kind itemKind() {
        return Kind.QUESTION;
    }
}
