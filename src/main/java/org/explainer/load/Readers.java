package org.explainer.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.model.Actor;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Markdown;
import org.explainer.model.Milestone;
import org.explainer.model.Page;
import org.explainer.model.PartialDate;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Side;
import org.explainer.model.SiteConfig;
import org.explainer.model.Source;
import org.explainer.problem.Pos;
import org.explainer.problem.Problems;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One reader per kind of item: which fields it allows, which it requires, and their types. The
 * lists of allowed fields here are the content format; docs/content-format.md describes them.
 */
final class Readers {

    static final Set<String> SITE = ordered("title", "description", "language", "baseUrl", "updated", "sides", "theme");
    static final Set<String> SIDE = ordered("id", "label", "description");
    static final Set<String> ACTOR = ordered("name", "kind", "role", "side", "memberOf", "aliases", "draft");
    static final Set<String> MILESTONE = ordered("title", "date", "kind", "actors", "sources", "status", "draft");
    static final Set<String> QUOTE = ordered("id", "actor", "text", "date", "source", "milestone", "issues",
            "context", "draft");
    static final Set<String> SOURCE = ordered("id", "title", "author", "publisher", "date", "url", "text", "draft");
    static final Set<String> ISSUE = ordered("title", "summary", "positions", "sources", "draft");
    static final Set<String> POSITION = ordered("text", "sources");
    static final Set<String> QUESTION = ordered("title", "order", "draft");
    static final Set<String> FIGURE = ordered("id", "value", "label", "source", "date", "draft");
    static final Set<String> PAGE = ordered("title", "order", "draft");

    private Readers() {
    }

    private static Set<String> ordered(String... names) {
        return new java.util.LinkedHashSet<>(List.of(names));
    }

    static SiteConfig site(Fields f, Problems problems) {
        String title = f.text("title");
        String description = f.text("description");
        String language = f.optionalText("language").orElse("en");
        if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            problems.add(f.posOf("language"), "'" + language + "' is not a BCP 47 language tag", "e.g. en, en-GB, fr, cy");
        }
        String baseUrl = f.text("baseUrl");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^/\\s?#]+(/[^\\s?#]*)?")) {
            problems.add(f.posOf("baseUrl"), "baseUrl must be an absolute http(s) URL, not '" + baseUrl + "'",
                    "e.g. https://owner.github.io/repo/");
        } else if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        Optional<PartialDate> updated = f.optionalDate("updated");
        List<Side> sides = new ArrayList<>();
        List<Node> sideNodes = f.list("sides", true);
        for (Node n : sideNodes) {
            f.nested(n, "a side", SIDE).ifPresent(s -> {
                Optional<Ref> id = s.ref("id");
                String label = s.text("label");
                String desc = s.optionalText("description").orElse("");
                s.finish();
                id.ifPresent(r -> sides.add(new Side(r.id(), label, desc, r.at())));
            });
        }
        if (f.has("sides") && sideNodes.size() < 2) {
            problems.add(f.posOf("sides"), "a dispute needs at least two sides, found " + sideNodes.size(),
                    "list each side as '- id: ...' with a 'label'");
        }
        Map<String, String> theme = new LinkedHashMap<>();
        f.map("theme", false).forEach((name, value) -> {
            String v = Fields.scalar(value);
            if (!name.matches("[a-z][a-z0-9-]*")) {
                problems.add(f.keyPos("theme", name), "'" + name + "' is not a CSS custom property name",
                        "use lower-case words joined by hyphens, e.g. accent");
            } else if (!v.matches("[#a-zA-Z0-9 .,%()'\"-]{1,200}") || v.contains("/*")) {
                problems.add(f.pos(value), "the theme value for '" + name + "' is not a plain CSS value",
                        "use a colour, length or font list, e.g. #0b5394");
            } else {
                theme.put(name, v);
            }
        });
        f.finish();
        return new SiteConfig(title, description, language, baseUrl, updated, sides, theme, f.at());
    }

    static Actor actor(String id, Fields f, Markdown body, Pos file) {
        String name = f.text("name");
        Optional<String> kind = f.requiredWord("kind", List.of("person", "organisation"));
        String role = f.text("role");
        Optional<Ref> side = f.ref("side");
        Optional<Ref> memberOf = f.optionalRef("memberOf");
        List<String> aliases = f.texts("aliases");
        boolean draft = f.flag("draft");
        f.finish();
        return new Actor(id, name, kind.map(k -> k.equals("person") ? Actor.ActorKind.PERSON
                : Actor.ActorKind.ORGANISATION).orElse(Actor.ActorKind.PERSON), role,
                side.orElse(new Ref("", file)), memberOf, aliases, body, draft, file);
    }

    static Milestone milestone(String id, Fields f, Markdown body, Pos file) {
        String title = f.text("title");
        Optional<PartialDate> date = f.date("date");
        String type = f.optionalText("kind").orElse("");
        List<Ref> actors = f.refs("actors", false);
        List<Ref> sources = f.refs("sources", true);
        Optional<String> status = f.word("status", List.of("happened", "planned", "called-off"));
        boolean draft = f.flag("draft");
        f.finish();
        Milestone.Status s = status.map(w -> switch (w) {
            case "planned" -> Milestone.Status.PLANNED;
            case "called-off" -> Milestone.Status.CALLED_OFF;
            default -> Milestone.Status.HAPPENED;
        }).orElse(Milestone.Status.HAPPENED);
        return new Milestone(id, title, date.orElse(new PartialDate(1, 0, 0)), type.trim(), actors, sources, s,
                body, draft, file);
    }

    static Optional<Quote> quote(Fields f) {
        Optional<Ref> id = f.ref("id");
        Optional<Ref> actor = f.ref("actor");
        String text = f.text("text");
        Pos textAt = f.posOf("text");
        Optional<PartialDate> date = f.date("date");
        Optional<Ref> source = f.ref("source");
        Optional<Ref> milestone = f.optionalRef("milestone");
        List<Ref> issues = f.refs("issues", false);
        String context = f.optionalText("context").orElse("");
        boolean draft = f.flag("draft");
        f.finish();
        if (id.isEmpty()) return Optional.empty();
        return Optional.of(new Quote(id.get().id(), actor.orElse(new Ref("", f.at())), text.strip(), textAt,
                date.orElse(new PartialDate(1, 0, 0)), source.orElse(new Ref("", f.at())), milestone, issues,
                context, draft, id.get().at()));
    }

    /** A source's text copy is only located here; the loader reads it. */
    static Optional<Source> source(Fields f, Problems problems) {
        Optional<Ref> id = f.ref("id");
        String title = f.text("title");
        String author = f.optionalText("author").orElse("");
        String publisher = f.optionalText("publisher").orElse("");
        Optional<PartialDate> date = f.date("date");
        String url = f.optionalText("url").orElse("").trim();
        if (!url.isEmpty() && !url.matches("https?://[^\\s\"<>]+")) {
            problems.add(f.posOf("url"), "the url must start with http:// or https://, not '" + url + "'",
                    "give the address a reader can open, or leave the field out");
        }
        Optional<Ref> text = f.optionalText("text").map(t -> new Ref(t.trim(), f.posOf("text")));
        boolean draft = f.flag("draft");
        f.finish();
        if (id.isEmpty()) return Optional.empty();
        return Optional.of(new Source(id.get().id(), title, author, publisher, date.orElse(new PartialDate(1, 0, 0)), url,
                text, Optional.empty(), draft, id.get().at()));
    }

    static Issue issue(String id, Fields f, Markdown body, Pos file, Problems problems) {
        String title = f.text("title");
        String summary = f.text("summary");
        List<Issue.Position> positions = new ArrayList<>();
        f.entries("positions", true).forEach((side, node) -> {
            Pos sidePos = f.keyPos("positions", side);
            if (!Fields.checkId(side, sidePos, problems)) return;
            if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) {
                positions.add(new Issue.Position(new Ref(side, sidePos), f.markdownAt(node, Fields.scalar(node))));
                return;
            }
            // The long form, {text, sources}: a position cites the sources it rests on.
            f.nested(node, "the position of '" + side + "'", POSITION).ifPresent(p -> {
                Optional<Markdown> text = p.markdown("text");
                if (text.isEmpty()) p.text("text"); // reports it missing or empty
                List<Ref> cited = p.refs("sources", false);
                p.finish();
                text.ifPresent(t -> positions.add(new Issue.Position(new Ref(side, sidePos), t, cited)));
            });
        });
        List<Ref> sources = f.refs("sources", true);
        boolean draft = f.flag("draft");
        f.finish();
        return new Issue(id, title, summary, positions, sources, body, draft, file);
    }

    static Question question(String id, Fields f, Markdown body, Pos file) {
        String title = f.text("title");
        Optional<Integer> order = f.requiredInteger("order");
        boolean draft = f.flag("draft");
        f.finish();
        return new Question(id, title, order.orElse(0), body, draft, file);
    }

    static Optional<Figure> figure(Fields f) {
        Optional<Ref> id = f.ref("id");
        String value = f.text("value");
        String label = f.text("label");
        Optional<Ref> source = f.ref("source");
        Optional<PartialDate> date = f.optionalDate("date");
        boolean draft = f.flag("draft");
        f.finish();
        if (id.isEmpty()) return Optional.empty();
        return Optional.of(new Figure(id.get().id(), value, label, source.orElse(new Ref("", f.at())), date, draft,
                id.get().at()));
    }

    static Page page(String id, Fields f, Markdown body, Pos file) {
        String title = f.text("title");
        Optional<Integer> order = f.integer("order");
        boolean draft = f.flag("draft");
        f.finish();
        return new Page(id, title, order.orElse(Page.UNORDERED), body, draft, file);
    }
}
