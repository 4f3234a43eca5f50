package org.explainer.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.model.Actor;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Side;
import org.explainer.model.SiteConfig;
import org.explainer.model.Source;

/**
 * The whole explainer with every reference resolved and every back-reference known: what the
 * renderer reads. Lists are in reading order; maps give each item's relations in reading order.
 *
 * @param site              the settings
 * @param actors            by side (in site.yaml order), then name
 * @param timeline          milestones by date (a partial date before the full dates inside it), then id
 * @param quotes            by date, then id
 * @param sources           by date, then id; a source's number is its place here, from 1
 * @param issues            by title
 * @param questions         by order, then id
 * @param figures           as written
 * @param pages             by order, then title
 * @param assets            files under assets/
 * @param milestonesByActor an actor's milestones, in timeline order
 * @param quotesByActor     an actor's quotes, by date
 * @param quotesByMilestone the quotes said at a milestone, by date
 * @param quotesByIssue     the quotes bearing on an issue, by date
 * @param actorsBySide      each side's actors
 * @param membersOf         an organisation's members
 * @param citations         what cites each source
 * @param verifiedQuotes    ids of quotes found verbatim in their source's text copy
 */
public record Graph(SiteConfig site, List<Actor> actors, List<Milestone> timeline, List<Quote> quotes,
                    List<Source> sources, List<Issue> issues, List<Question> questions, List<Figure> figures,
                    List<Page> pages, List<String> assets,
                    Map<String, List<Milestone>> milestonesByActor, Map<String, List<Quote>> quotesByActor,
                    Map<String, List<Quote>> quotesByMilestone, Map<String, List<Quote>> quotesByIssue,
                    Map<String, List<Actor>> actorsBySide, Map<String, List<Actor>> membersOf,
                    Map<String, Citations> citations, Set<String> verifiedQuotes, Index index) {

    /**
     * Everything that cites one source.
     *
     * @param milestones milestones listing it
     * @param quotes     quotes reported in it
     * @param figures    figures taken from it
     * @param issues     issues that list it, or one of whose positions does
     * @param positions  the issue positions that cite it, in issue order
     */
    public record Citations(List<Milestone> milestones, List<Quote> quotes, List<Figure> figures, List<Issue> issues,
                            List<PositionCitation> positions) {

        public Citations(List<Milestone> milestones, List<Quote> quotes, List<Figure> figures, List<Issue> issues) {
            this(milestones, quotes, figures, issues, List.of());
        }

        public int count() {
            return milestones.size() + quotes.size() + figures.size() + issues.size();
        }
    }

    /**
     * One side's position on an issue, as a citing item.
     *
     * @param issue the issue
     * @param side  the side whose position it is
     */
    public record PositionCitation(Issue issue, String side) {
    }

    /**
     * Lookup by id for every kind, and each source's citation number.
     */
    public record Index(Map<String, Side> sides, Map<String, Actor> actors, Map<String, Milestone> milestones,
                        Map<String, Quote> quotes, Map<String, Source> sources, Map<String, Issue> issues,
                        Map<String, Integer> sourceNumbers) {
    }

    public Side side(String id) {
        return index.sides().get(id);
    }

    public Actor actor(String id) {
        return index.actors().get(id);
    }

    public Milestone milestone(String id) {
        return index.milestones().get(id);
    }

    public Source source(String id) {
        return index.sources().get(id);
    }

    public Issue issue(String id) {
        return index.issues().get(id);
    }

    public Optional<Actor> memberOf(Actor a) {
        return a.memberOf().map(r -> actor(r.id()));
    }

    /** A source's citation number, the same on every page. */
    public int number(String sourceId) {
        return index.sourceNumbers().getOrDefault(sourceId, 0);
    }

    public Citations citationsOf(String sourceId) {
        return citations.getOrDefault(sourceId, new Citations(List.of(), List.of(), List.of(), List.of()));
    }

    public boolean isVerified(Quote q) {
        return verifiedQuotes.contains(q.id());
    }
}
