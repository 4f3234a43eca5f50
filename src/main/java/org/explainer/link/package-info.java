/** The link stage: reading order and every back-reference, in one immutable graph. */
package org.explainer.link;
