package org.explainer.model;

import org.explainer.problem.Pos;

/** What every content item has: an id, a place it was written, and whether it is a draft. */
public sealed interface Item permits Actor, Milestone, Quote, Source, Issue, Question, Figure, Page {

    String id();

    /** Where the item is defined: its file, or its entry in a YAML list. */
    Pos at();

    boolean draft();

    Kind itemKind();
}
