package org.explainer.model;

/** The kinds of content item; each has its own folder or file and its own id space. */
public enum Kind {
    ACTOR("actor", "actors"),
    MILESTONE("milestone", "milestones"),
    QUOTE("quote", "quotes"),
    SOURCE("source", "sources"),
    ISSUE("issue", "issues"),
    QUESTION("question", "questions"),
    FIGURE("figure", "figures"),
    PAGE("page", "pages");

    private final String singular;
    private final String plural;

    Kind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}
