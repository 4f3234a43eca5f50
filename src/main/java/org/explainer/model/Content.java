package org.explainer.model;

import java.util.List;

/**
 * Everything loaded from a content folder, before cross-file checks.
 *
 * @param site       the settings
 * @param actors     sorted by id
 * @param milestones sorted by id
 * @param quotes     sorted by id
 * @param sources    sorted by id
 * @param issues     sorted by id
 * @param questions  sorted by id
 * @param figures    sorted by id
 * @param pages      sorted by id
 * @param assets     paths under {@code assets/}, relative to the content folder, sorted
 */
public record Content(SiteConfig site, List<Actor> actors, List<Milestone> milestones, List<Quote> quotes,
                      List<Source> sources, List<Issue> issues, List<Question> questions, List<Figure> figures,
                      List<Page> pages, List<String> assets) {

    public Content {
        actors = List.copyOf(actors);
        milestones = List.copyOf(milestones);
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
        issues = List.copyOf(issues);
        questions = List.copyOf(questions);
        figures = List.copyOf(figures);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
