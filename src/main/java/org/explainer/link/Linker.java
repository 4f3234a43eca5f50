package org.explainer.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.explainer.model.Actor;
import org.explainer.model.Content;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Item;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Side;
import org.explainer.model.Source;
import org.explainer.validate.Validated;

/**
 * The third stage: orders everything for reading and inverts every reference (who said what, what
 * cites which source) in one pass over each list, so rendering never searches.
 */
public final class Linker {

    private Linker() {
    }

    public static Graph link(Validated validated) {
        Content c = validated.content();
        Map<String, Integer> sideOrder = new HashMap<>();
        for (Side s : c.site().sides()) sideOrder.putIfAbsent(s.id(), sideOrder.size());

        List<Actor> actors = sorted(c.actors(), Comparator.<Actor>comparingInt(
                a -> sideOrder.getOrDefault(a.side().id(), Integer.MAX_VALUE))
                .thenComparing(a -> a.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Actor::id));
        List<Milestone> timeline = sorted(c.milestones(), Comparator.comparing(Milestone::date).thenComparing(Milestone::id));
        List<Quote> quotes = sorted(c.quotes(), Comparator.comparing(Quote::date).thenComparing(Quote::id));
        List<Source> sources = sorted(c.sources(), Comparator.comparing(Source::date).thenComparing(Source::id));
        List<Issue> issues = sorted(c.issues(), Comparator.comparing((Issue i) -> i.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Issue::id));
        List<Question> questions = sorted(c.questions(), Comparator.comparingInt(Question::order).thenComparing(Question::id));
        List<Page> pages = sorted(c.pages(), Comparator.comparingInt(Page::order).thenComparing(Page::title).thenComparing(Page::id));

        Map<String, Integer> numbers = new HashMap<>();
        for (Source s : sources) numbers.put(s.id(), numbers.size() + 1);

        Map<String, List<Milestone>> milestonesByActor = new HashMap<>();
        Map<String, List<Milestone>> milestonesBySource = new HashMap<>();
        for (Milestone m : timeline) {
            for (Ref r : m.actors()) add(milestonesByActor, r.id(), m);
            for (Ref r : m.sources()) add(milestonesBySource, r.id(), m);
        }
        Map<String, List<Quote>> quotesByActor = new HashMap<>();
        Map<String, List<Quote>> quotesByMilestone = new HashMap<>();
        Map<String, List<Quote>> quotesByIssue = new HashMap<>();
        Map<String, List<Quote>> quotesBySource = new HashMap<>();
        for (Quote q : quotes) {
            add(quotesByActor, q.actor().id(), q);
            add(quotesBySource, q.source().id(), q);
            q.milestone().ifPresent(r -> add(quotesByMilestone, r.id(), q));
            for (Ref r : q.issues()) add(quotesByIssue, r.id(), q);
        }
        Map<String, List<Actor>> actorsBySide = new LinkedHashMap<>();
        for (Side s : c.site().sides()) actorsBySide.put(s.id(), new ArrayList<>());
        Map<String, List<Actor>> membersOf = new HashMap<>();
        for (Actor a : actors) {
            add(actorsBySide, a.side().id(), a);
            a.memberOf().ifPresent(r -> add(membersOf, r.id(), a));
        }
        Map<String, List<Figure>> figuresBySource = new HashMap<>();
        for (Figure f : c.figures()) add(figuresBySource, f.source().id(), f);
        Map<String, List<Issue>> issuesBySource = new HashMap<>();
        Map<String, List<Graph.PositionCitation>> positionsBySource = new HashMap<>();
        for (Issue i : issues) {
            java.util.Set<String> cited = new java.util.LinkedHashSet<>();
            for (Ref r : i.sources()) cited.add(r.id());
            for (Issue.Position p : i.positions()) {
                for (Ref r : p.sources()) {
                    cited.add(r.id());
                    add(positionsBySource, r.id(), new Graph.PositionCitation(i, p.side().id()));
                }
            }
            for (String id : cited) add(issuesBySource, id, i);
        }

        Map<String, Graph.Citations> citations = new HashMap<>();
        for (Source s : sources) {
            citations.put(s.id(), new Graph.Citations(get(milestonesBySource, s.id()), get(quotesBySource, s.id()),
                    get(figuresBySource, s.id()), get(issuesBySource, s.id()), get(positionsBySource, s.id())));
        }

        Graph.Index index = new Graph.Index(byId(c.site().sides(), Side::id), byId(actors, Item::id),
                byId(timeline, Item::id), byId(quotes, Item::id), byId(sources, Item::id), byId(issues, Item::id),
                Map.copyOf(numbers));
        return new Graph(c.site(), actors, timeline, quotes, sources, issues, questions, c.figures(), pages,
                c.assets(), freeze(milestonesByActor), freeze(quotesByActor), freeze(quotesByMilestone),
                freeze(quotesByIssue), freeze(actorsBySide), freeze(membersOf), Map.copyOf(citations),
                validated.verifiedQuotes(), index);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static <T> List<T> get(Map<String, List<T>> map, String key) {
        return List.copyOf(map.getOrDefault(key, List.of()));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) map.putIfAbsent(id.apply(t), t);
        return java.util.Collections.unmodifiableMap(map);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
