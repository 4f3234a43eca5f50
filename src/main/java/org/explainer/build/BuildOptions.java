package org.explainer.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param content   the content folder
 * @param templates the templates folder
 * @param out       the output folder, replaced whole on success
 * @param baseUrl   overrides site.yaml's baseUrl when present (e.g. for a preview server)
 * @param drafts    whether items marked {@code draft: true} are built
 * @param search    whether to build a search index when the indexer is available
 */
public record BuildOptions(Path content, Path templates, Path out, Optional<String> baseUrl, boolean drafts,
                           boolean search) {

    public static BuildOptions of(Path content, Path templates, Path out) {
        return new BuildOptions(content, templates, out, Optional.empty(), false, false);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(content, templates, out, Optional.of(url), drafts, search);
    }

    public BuildOptions withDrafts(boolean on) {
        return new BuildOptions(content, templates, out, baseUrl, on, search);
    }

    public BuildOptions withSearch(boolean on) {
        return new BuildOptions(content, templates, out, baseUrl, drafts, on);
    }
}
