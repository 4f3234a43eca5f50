package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * A side of the dispute, declared in {@code site.yaml}.
 *
 * @param id          the id actors and positions refer to
 * @param label       the name shown to readers, e.g. "The doctors' union"
 * @param description an optional sentence on who is on this side
 * @param at          where it is declared
 */
public record Side(String id, String label, String description, Pos at) {
}
