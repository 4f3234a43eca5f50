/**
 * Proof in a real browser and with real checkers: journeys in Chromium, axe-core, the Nu HTML
 * Checker and a link checker, run by failsafe in {@code mvn verify} against a site built from the
 * real content and served the way GitHub Pages serves a project site.
 */
package org.explainer.it;
