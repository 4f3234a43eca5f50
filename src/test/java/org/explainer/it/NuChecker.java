package org.explainer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) in-process and offline: its schemas
 * come from inside the jar, external entities are not loaded and language detection, which could
 * fetch nothing but costs seconds, is off. One instance checks many files; setting it up takes a
 * few seconds, so share it.
 */
public final class NuChecker {

    /** The schema the vnu command line uses for HTML: HTML5 with SVG, MathML, ITS and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private String current = "";

    public NuChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings ("consider adding lang", "the first occurrence was here") are advice only.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(format(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(format(e));
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu HTML Checker could not load its HTML schema from its jar", e);
        }
    }

    /** Every error in one HTML file, each as {@code name:line:col: message}; empty when valid. */
    public List<String> errors(Path file, String name) {
        errors.clear();
        current = name;
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXException e) {
            // The handler has already recorded it; a fatal error stops the parse.
            if (errors.isEmpty()) errors.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(errors);
    }

    private String format(SAXParseException e) {
        return current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
