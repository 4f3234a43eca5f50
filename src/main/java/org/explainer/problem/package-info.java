/** Problems an editor can act on: where ({@code path:line:col}), what is wrong, and a hint. */
package org.explainer.problem;
