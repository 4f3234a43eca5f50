/** The orchestrator: load, validate, link, render, write, with each stage's time. */
package org.explainer.build;
