package org.explainer.serve;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.model.Actor;
import org.explainer.model.Content;
import org.explainer.model.Issue;
import org.explainer.model.Item;
import org.explainer.model.Markdown;
import org.explainer.model.Milestone;
import org.explainer.model.PartialDate;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.problem.Pos;

/**
 * Which pages an edit can change. Every page links to what it shows (a milestone's page to its
 * actors, a timeline page to its milestones), so the addresses a page links to are what it depends
 * on. An edit that only rewrites text (titles, names, bodies, quotes) changes no page's structure:
 * the pages to render again are those linking to an edited item or to an item referring to it.
 * Anything else (an added, removed or re-dated item, a changed reference, type or side, the site
 * settings, sources, questions, figures, pages) is left to the full comparison of page models.
 */
final class Changes {

    /** The addresses of items a page can link to; ids are restricted to this alphabet by the loader. */
    private static final Pattern LINK = Pattern.compile("(?:milestones|actors|quotes|issues)/[A-Za-z0-9_-]+/");

    private Changes() {
    }

    /**
     * The addresses of the items edited between two loads, with the items referring to them; null
     * when the edit may change more than text, so every page must be compared.
     */
    static Set<String> between(Content before, Content now) {
        if (before == null) return null;
        if (!before.site().equals(now.site()) || !before.sources().equals(now.sources())
                || !before.questions().equals(now.questions()) || !before.figures().equals(now.figures())
                || !before.pages().equals(now.pages()) || !before.assets().equals(now.assets())) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        if (!textOnly(before.milestones(), now.milestones(), Routes::milestone, ids)
                || !textOnly(before.actors(), now.actors(), Routes::actor, ids)
                || !textOnly(before.quotes(), now.quotes(), Routes::quote, ids)
                || !textOnly(before.issues(), now.issues(), Routes::issue, ids)) {
            return null;
        }
        if (ids.isEmpty()) return ids;
        // A page may show an item's text beside an item that refers to it (an actor's name on a
        // quote), so those referring items count as edited too.
        Set<String> out = new HashSet<>(ids);
        for (Milestone m : now.milestones()) {
            if (m.actors().stream().anyMatch(r -> ids.contains(Routes.actor(r.id())))) out.add(Routes.milestone(m.id()));
        }
        for (Quote q : now.quotes()) {
            if (ids.contains(Routes.actor(q.actor().id()))
                    || q.milestone().filter(r -> ids.contains(Routes.milestone(r.id()))).isPresent()
                    || q.issues().stream().anyMatch(r -> ids.contains(Routes.issue(r.id())))) {
                out.add(Routes.quote(q.id()));
            }
        }
        for (Actor a : now.actors()) {
            if (a.memberOf().filter(r -> ids.contains(Routes.actor(r.id()))).isPresent()) out.add(Routes.actor(a.id()));
        }
        return out;
    }

    /** Adds the address of each edited item; false when the lists differ in more than text. */
    private static <T extends Item> boolean textOnly(List<T> before, List<T> now, Function<String, String> route,
                                                     Set<String> edited) {
        if (before.size() != now.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            T a = before.get(i);
            T b = now.get(i);
            if (a == b) continue;
            if (!a.id().equals(b.id())) return false;
            if (a.equals(b)) continue;
            if (!structure(a).equals(structure(b))) return false;
            edited.add(route.apply(b.id()));
        }
        return true;
    }

    /**
     * What of a record decides where it appears and what it links to: references, dates, kinds,
     * flags and short codes; free text and positions are left out.
     */
    static Object structure(Object value) {
        if (value instanceof Ref r) return List.of("ref", r.id());
        if (value instanceof Markdown || value instanceof Pos) return "";
        if (value instanceof PartialDate) return value;
        if (value instanceof Optional<?> o) return o.map(Changes::structure).map(List::of).orElse(List.of());
        if (value instanceof List<?> l) return l.stream().map(Changes::structure).toList();
        if (value instanceof Record r) {
            List<Object> out = new ArrayList<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                boolean text = v instanceof String && !c.getName().equals("id") && !c.getName().equals("type");
                out.add(text ? "" : structure(v));
            }
            return out;
        }
        return value; // enums, numbers, flags
    }

    /** The item addresses a page links to, from its HTML. */
    static Set<String> links(String route, byte[] html) {
        Set<String> out = new HashSet<>();
        out.add(route);
        Matcher m = LINK.matcher(new String(html, java.nio.charset.StandardCharsets.ISO_8859_1));
        while (m.find()) out.add(m.group());
        return out;
    }
}
