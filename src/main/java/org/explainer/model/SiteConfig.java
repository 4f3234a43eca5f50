package org.explainer.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.explainer.problem.Pos;

/**
 * The site's settings ({@code site.yaml}).
 *
 * @param title       the explainer's title
 * @param description what it explains, in a sentence or three (shown on the home page)
 * @param language    BCP 47 tag, e.g. en-GB; dates are written in this language
 * @param baseUrl     absolute URL the site is published at, ending in '/'
 * @param updated     when the content was last brought up to date, if said
 * @param sides       the sides of the dispute, at least two
 * @param theme       CSS custom properties to override (name without "--" -> value)
 * @param at          the file
 */
public record SiteConfig(String title, String description, String language, String baseUrl,
                         Optional<PartialDate> updated, List<Side> sides, Map<String, String> theme, Pos at) {

    public SiteConfig {
        sides = List.copyOf(sides);
        theme = Map.copyOf(theme);
    }

    /** The path part of the base URL, e.g. "/dispute-explainer/", always starting and ending in '/'. */
    public String basePath() {
        String rest = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        if (rest.isEmpty()) return "/";
        return rest.endsWith("/") ? rest : rest + "/";
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, description, language, newBaseUrl, updated, sides, theme, at);
    }
}
