package org.explainer.serve;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.model.Content;
import org.explainer.model.Issue;
import org.explainer.model.Item;
import org.explainer.model.Markdown;
import org.explainer.model.PartialDate;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.problem.Pos;

/**
 * Which pages an edit can change. Every view of an item in a page's model carries the item's
 * address, so the addresses found in a page's model are the items it depends on, whatever its
 * template prints. An edit that only rewrites text (titles, names, bodies, quotes) changes no
 * page's structure: the pages to build again are those whose model showed an edited item.
 * Anything else (an added, removed or re-dated item, a changed reference, type or side, the site
 * settings, sources, questions, figures, pages) is left to the full comparison of page models.
 */
final class Changes {

    /** The addresses of items a page can link to; ids are restricted to this alphabet by the loader. */
    private static final Pattern LINK = Pattern.compile("(?:milestones|actors|quotes|issues)/[A-Za-z0-9_-]+/");

    private Changes() {
    }

    /**
     * The addresses of the items edited between two loads; null
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
        return ids;
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

    /**
     * The addresses of the items a page's model shows. Every view of an item carries the item's
     * address ({@code href}), and records print every component, so the model's text names each
     * item whatever the template prints of it. Values shared by many pages (the site's navigation)
     * are read once per build through {@code shared}, keyed by identity.
     */
    static Set<String> links(String route, Map<String, Object> model, Map<Object, Set<String>> shared) {
        Set<String> out = new HashSet<>();
        out.add(route);
        for (Object value : model.values()) {
            if (value == null || value instanceof Number || value instanceof Boolean) continue;
            if (value instanceof Record) {
                Set<String> known = shared.get(value);
                if (known == null) {
                    known = scan(String.valueOf(value));
                    shared.put(value, known);
                }
                out.addAll(known);
            } else {
                out.addAll(scan(String.valueOf(value)));
            }
        }
        return out;
    }

    private static Set<String> scan(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
