package org.explainer.model;

import org.explainer.problem.Pos;

/**
 * A reference to another item by id, with the place it was written, so that a dangling reference
 * is reported where the editor wrote it.
 *
 * @param id the id referred to
 * @param at where the reference is written
 */
public record Ref(String id, Pos at) {
}
