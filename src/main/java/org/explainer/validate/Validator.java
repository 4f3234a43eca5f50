package org.explainer.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.explainer.model.Actor;
import org.explainer.model.Content;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Item;
import org.explainer.model.Kind;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.model.Side;
import org.explainer.model.Source;
import org.explainer.problem.Problems;
import org.explainer.problem.Suggest;

/**
 * The second stage: the rules that look across files. Every id is unique in its kind, every
 * reference resolves (to a published item), no page takes a built-in address, and every quote is
 * found in its source's text copy when there is one. Collects everything, then fails once.
 */
public final class Validator {

    private final Problems problems = new Problems();
    private final boolean includeDrafts;
    private final Content all;
    private final Map<Kind, Map<String, Item>> byKind = new HashMap<>();

    private Validator(Content all, boolean includeDrafts) {
        this.all = all;
        this.includeDrafts = includeDrafts;
    }

    public static Validated validate(Content content, boolean includeDrafts) {
        return new Validator(content, includeDrafts).run();
    }

    private Validated run() {
        index(Kind.ACTOR, all.actors());
        index(Kind.MILESTONE, all.milestones());
        index(Kind.QUOTE, all.quotes());
        index(Kind.SOURCE, all.sources());
        index(Kind.ISSUE, all.issues());
        index(Kind.QUESTION, all.questions());
        index(Kind.FIGURE, all.figures());
        index(Kind.PAGE, all.pages());
        Set<String> sideIds = sides();

        Content published = new Content(all.site(), keep(all.actors()), keep(all.milestones()), keep(all.quotes()),
                keep(all.sources()), keep(all.issues()), keep(all.questions()), keep(all.figures()),
                keep(all.pages()), all.assets());

        for (Actor a : published.actors()) {
            if (!a.side().id().isEmpty()) side(a.side(), sideIds);
            a.memberOf().ifPresent(m -> {
                if (m.id().equals(a.id())) problems.add(m.at(), "an actor cannot be a member of itself", "");
                else resolve(m, Kind.ACTOR);
            });
        }
        for (Milestone m : published.milestones()) {
            m.actors().forEach(r -> resolve(r, Kind.ACTOR));
            m.sources().forEach(r -> resolve(r, Kind.SOURCE));
        }
        for (Quote q : published.quotes()) {
            if (!q.actor().id().isEmpty()) resolve(q.actor(), Kind.ACTOR);
            if (!q.source().id().isEmpty()) resolve(q.source(), Kind.SOURCE);
            q.milestone().ifPresent(r -> resolve(r, Kind.MILESTONE));
            q.issues().forEach(r -> resolve(r, Kind.ISSUE));
        }
        for (Issue i : published.issues()) {
            i.positions().forEach(p -> {
                side(p.side(), sideIds);
                p.sources().forEach(r -> resolve(r, Kind.SOURCE));
            });
            i.sources().forEach(r -> resolve(r, Kind.SOURCE));
        }
        for (Figure f : published.figures()) {
            if (!f.source().id().isEmpty()) resolve(f.source(), Kind.SOURCE);
        }
        for (Page p : published.pages()) {
            if (Routes.BUILT_IN.contains(p.id())) {
                problems.add(p.at(), "the page '" + p.id() + "' would be published at /" + p.id()
                        + "/, an address the generator uses itself", "rename the file, e.g. pages/about-" + p.id() + ".md");
            }
        }
        Set<String> verified = verifyQuotes(published);
        problems.throwIfAny("validate");
        return new Validated(published, verified);
    }

    private <T extends Item> void index(Kind kind, List<T> items) {
        Map<String, Item> ids = new LinkedHashMap<>();
        boolean pages = Routes.hasItemPages(kind.plural());
        for (T item : items) {
            if (pages && item.id().equals(Routes.LIST_PAGE_ID)) {
                problems.add(item.at(), "the " + kind.singular() + " id '" + item.id() + "' would be published at /"
                        + kind.plural() + "/index.html, an address the generator keeps for the section's own page",
                        "choose another id, e.g. '" + kind.singular() + "-index'; a Markdown item's id is its file name");
            }
            Item first = ids.putIfAbsent(item.id(), item);
            if (first != null) {
                problems.add(item.at(), "the " + kind.singular() + " id '" + item.id() + "' is used twice (first at "
                        + first.at().file() + (first.at().line() > 0 ? ":" + first.at().line() : "") + ")",
                        "ids must be unique among " + kind.plural());
            }
        }
        byKind.put(kind, ids);
    }

    private Set<String> sides() {
        Set<String> ids = new HashSet<>();
        for (Side s : all.site().sides()) {
            if (!ids.add(s.id())) {
                problems.add(s.at(), "the side id '" + s.id() + "' is used twice", "ids must be unique among sides");
            }
        }
        return ids;
    }

    private <T extends Item> List<T> keep(List<T> items) {
        Predicate<T> published = i -> includeDrafts || !i.draft();
        return items.stream().filter(published).toList();
    }

    private void side(Ref ref, Set<String> sideIds) {
        if (sideIds.contains(ref.id())) return;
        String hint = Suggest.didYouMean(ref.id(), sideIds);
        problems.add(ref.at(), "there is no side '" + ref.id() + "' in site.yaml",
                hint.isEmpty() ? "the sides are: " + String.join(", ", sideIds.stream().sorted().toList()) : hint);
    }

    /** Reports a reference to a missing item (with the closest ids) or to a draft. */
    private void resolve(Ref ref, Kind kind) {
        Map<String, Item> ids = byKind.get(kind);
        Item target = ids.get(ref.id());
        if (target == null) {
            String hint = Suggest.didYouMean(ref.id(), ids.keySet());
            problems.add(ref.at(), "there is no " + kind.singular() + " '" + ref.id() + "'",
                    hint.isEmpty() ? "no " + kind.singular() + " has a close id; add " + where(kind, ref.id()) : hint);
        } else if (target.draft() && !includeDrafts) {
            problems.add(ref.at(), "the " + kind.singular() + " '" + ref.id() + "' is a draft, so it is not published",
                    "publish it (remove 'draft: true' from " + target.at().file() + ") or remove this reference");
        }
    }

    private static String where(Kind kind, String id) {
        return switch (kind) {
            case QUOTE, SOURCE, FIGURE -> "an entry with 'id: " + id + "' to " + kind.plural() + "/";
            default -> kind.plural() + "/" + id + ".md";
        };
    }

    private Set<String> verifyQuotes(Content published) {
        Map<String, Source> sources = published.sources().stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
        Set<String> verified = ConcurrentHashMap.newKeySet();
        // Each source's text is normalised once, however many quotes it holds.
        Map<String, QuoteCheck.Prepared> prepared = new ConcurrentHashMap<>();
        published.quotes().parallelStream().forEach(q -> {
            Source s = sources.get(q.source().id());
            if (s == null || s.text().isEmpty()) return;
            Optional<String> mismatch = QuoteCheck.findMismatch(q.text(),
                    prepared.computeIfAbsent(s.id(), id -> QuoteCheck.prepare(s.text().get())));
            if (mismatch.isEmpty()) {
                verified.add(q.id());
            } else {
                String passage = mismatch.get();
                problems.add(q.textAt(), "the quote '" + q.id() + "' does not appear in its source '" + s.id() + "' ("
                        + s.textPath().map(Ref::id).orElse("") + ")", passage.isEmpty()
                        ? "no passage of the source comes close; check the quote's source"
                        : "the closest passage reads \"" + passage + "\"");
            }
        });
        return verified;
    }
}
