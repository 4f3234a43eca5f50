package org.explainer.build;

import java.util.List;
import java.util.Map;
import org.explainer.render.Templates;

/**
 * What a build did.
 *
 * @param pages      HTML pages written
 * @param files      files written in all
 * @param bytes      their total size
 * @param quotes     quotes published
 * @param unverified quotes whose source has no text copy, so nothing checked them
 * @param millis     wall time of the whole build
 * @param stages     wall time of each stage, in pipeline order
 * @param search     whether a search index was built
 * @param templates  rendering time of each page template, the costliest first (thread time)
 */
public record BuildResult(int pages, int files, long bytes, int quotes, int unverified, long millis,
                          Map<String, Long> stages, boolean search, List<Templates.TemplateTime> templates) {
}
