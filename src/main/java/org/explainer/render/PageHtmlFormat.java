package org.explainer.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * Freemarker's HTML output format, escaping a value straight into the page's bytes when the page
 * is written by a {@link PageWriter}: the same characters escaped the same way
 * ({@code < > & " '}), made in one pass instead of a scan for what to escape, a copy of each piece
 * and an encoding of each. Templates cannot tell the difference: it is registered as "HTML", so
 * {@code .ftlh} files, {@code ?no_esc} and {@code ?esc} all use it.
 */
final class PageHtmlFormat extends HTMLOutputFormat {

    static final PageHtmlFormat INSTANCE = new PageHtmlFormat();

    private PageHtmlFormat() {
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException, TemplateModelException {
        if (out instanceof PageWriter page) {
            page.writeEscaped(textToEsc);
        } else {
            super.output(textToEsc, out);
        }
    }

    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** Markup made by this format, and known to be of it (the standard one names the standard format). */
    private static final class Markup extends TemplateHTMLOutputModel {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
