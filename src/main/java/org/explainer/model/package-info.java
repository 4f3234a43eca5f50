/** The content model: immutable records checked in their constructors, one per kind of item. */
package org.explainer.model;
