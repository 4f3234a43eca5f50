package org.explainer.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.explainer.link.Graph;
import org.explainer.model.Content;
import org.explainer.model.Item;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.model.Ref;

/**
 * The linked graph after an edit that only rewrote the text of milestones and quotes, made from
 * the last one by putting the new records where the old ones were, instead of validating and
 * linking all the content again (at 10,000 milestones, about a third of a save's time).
 *
 * <p>It equals what {@code Validator} and {@code Linker} would make, because such an edit changes
 * nothing they look at: ids, references, dates, kinds and draft flags are as before (see {@link
 * Changes#between}), so every check passes as it did and every list keeps its order (milestones
 * and quotes are ordered by date, then id). Only two things are not so: quotes checked against a
 * source's text copy (their text is what is checked) and actors, issues and pages (ordered by
 * their names and titles); an edit to any of those is validated and linked in full.
 */
final class GraphPatch {

    private GraphPatch() {
    }

    /**
     * The graph {@code before} with the records of the {@code edited} addresses taken from
     * {@code now}, or null when the edit is not one this can patch.
     */
    static Graph apply(Graph before, Content now, Set<String> edited) {
        Map<String, Milestone> milestones = new LinkedHashMap<>();
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (String address : edited) {
            if (address.startsWith("milestones/")) {
                milestones.put(idOf(address), null);
            } else if (address.startsWith("quotes/")) {
                quotes.put(idOf(address), null);
            } else {
                return null;
            }
        }
        // Drafts left out of the build are not in the graph: their edits change nothing in it.
        milestones.keySet().retainAll(before.index().milestones().keySet());
        quotes.keySet().retainAll(before.index().quotes().keySet());
        fill(milestones, now.milestones());
        fill(quotes, now.quotes());
        for (Quote q : quotes.values()) {
            if (q == null || verified(before, q)) return null;
        }
        for (Milestone m : milestones.values()) {
            if (m == null) return null;
        }
        if (milestones.isEmpty() && quotes.isEmpty()) return before;

        Function<Milestone, Milestone> newMilestone = m -> milestones.getOrDefault(m.id(), m);
        Function<Quote, Quote> newQuote = q -> quotes.getOrDefault(q.id(), q);
        Map<String, List<Milestone>> byActor = new LinkedHashMap<>(before.milestonesByActor());
        Map<String, List<Quote>> quotesByActor = new LinkedHashMap<>(before.quotesByActor());
        Map<String, List<Quote>> quotesByMilestone = new LinkedHashMap<>(before.quotesByMilestone());
        Map<String, List<Quote>> quotesByIssue = new LinkedHashMap<>(before.quotesByIssue());
        Map<String, Graph.Citations> citations = new LinkedHashMap<>(before.citations());
        for (Milestone m : milestones.values()) {
            for (Ref r : m.actors()) replaceIn(byActor, r.id(), newMilestone);
            for (Ref r : m.sources()) {
                Graph.Citations c = citations.get(r.id());
                if (c != null) {
                    citations.put(r.id(), new Graph.Citations(replaced(c.milestones(), newMilestone), c.quotes(),
                            c.figures(), c.issues(), c.positions()));
                }
            }
        }
        for (Quote q : quotes.values()) {
            replaceIn(quotesByActor, q.actor().id(), newQuote);
            q.milestone().ifPresent(r -> replaceIn(quotesByMilestone, r.id(), newQuote));
            for (Ref r : q.issues()) replaceIn(quotesByIssue, r.id(), newQuote);
            Graph.Citations c = citations.get(q.source().id());
            if (c != null) {
                citations.put(q.source().id(), new Graph.Citations(c.milestones(), replaced(c.quotes(), newQuote),
                        c.figures(), c.issues(), c.positions()));
            }
        }
        Graph.Index i = before.index();
        Graph.Index index = new Graph.Index(i.sides(), i.actors(), patched(i.milestones(), milestones), patched(i.quotes(), quotes),
                i.sources(), i.issues(), i.sourceNumbers());
        return new Graph(before.site(), before.actors(),
                milestones.isEmpty() ? before.timeline() : replaced(before.timeline(), newMilestone),
                quotes.isEmpty() ? before.quotes() : replaced(before.quotes(), newQuote), before.sources(), before.issues(), before.questions(), before.figures(),
                before.pages(), before.assets(), Collections.unmodifiableMap(byActor),
                Collections.unmodifiableMap(quotesByActor), Collections.unmodifiableMap(quotesByMilestone),
                Collections.unmodifiableMap(quotesByIssue), before.actorsBySide(), before.membersOf(),
                Map.copyOf(citations), before.verifiedQuotes(), index);
    }

    private static String idOf(String address) {
        return address.substring(address.indexOf('/') + 1, address.length() - 1);
    }

    /** Whether the quote's source has a text copy, against which the build checks its words. */
    private static boolean verified(Graph before, Quote q) {
        var source = before.index().sources().get(q.source().id());
        return source == null || source.text().isPresent();
    }

    /** Puts each item of {@code all} whose id is a key of {@code wanted} as that key's value. */
    private static <T extends Item> void fill(Map<String, T> wanted, List<T> all) {
        if (wanted.isEmpty()) return;
        for (T item : all) {
            if (wanted.containsKey(item.id())) wanted.put(item.id(), item);
        }
    }

    private static <T> void replaceIn(Map<String, List<T>> map, String key, Function<T, T> replace) {
        List<T> list = map.get(key);
        if (list != null) map.put(key, replaced(list, replace));
    }

    private static <T> List<T> replaced(List<T> list, Function<T, T> replace) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) out.add(replace.apply(t));
        return List.copyOf(out);
    }

    private static <T extends Item> Map<String, T> patched(Map<String, T> map, Map<String, T> replacements) {
        if (replacements.isEmpty()) return map;
        Map<String, T> out = new LinkedHashMap<>(map);
        out.putAll(replacements);
        return Collections.unmodifiableMap(out);
    }
}
