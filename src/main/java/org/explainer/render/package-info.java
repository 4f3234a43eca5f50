/** The render stage: Markdown to HTML, views for templates, pages through Freemarker, machine files. */
package org.explainer.render;
