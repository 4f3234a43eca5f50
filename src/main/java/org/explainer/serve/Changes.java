package org.explainer.serve;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Pattern LINK = Pattern.compile("(?:" + String.join("|", Routes.ITEM_SECTIONS) + ")/[A-Za-z0-9_-]+(?:/|\\.html)");

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

    /**
     * The addresses of the items added or changed in any way between two loads: their own pages
     * are the ones an editor is looking at, so {@code serve} renders them before reloading.
     */
    static Set<String> touched(Content before, Content now) {
        Set<String> out = new HashSet<>();
        if (before == null) return out;
        touched(before.milestones(), now.milestones(), Routes::milestone, out);
        touched(before.actors(), now.actors(), Routes::actor, out);
        touched(before.quotes(), now.quotes(), Routes::quote, out);
        touched(before.issues(), now.issues(), Routes::issue, out);
        touched(before.sources(), now.sources(), Routes::sourcePage, out);
        return out;
    }

    private static <T extends Item> void touched(List<T> before, List<T> now, Function<String, String> route,
                                                 Set<String> out) {
        Map<String, T> earlier = new HashMap<>(before.size() * 2);
        for (T item : before) earlier.put(item.id(), item);
        for (T item : now) {
            T was = earlier.get(item.id());
            if (was != item && !item.equals(was)) out.add(route.apply(item.id()));
        }
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
     * address ({@code href}), so walking the model's records, lists and maps for addresses finds
     * each item it shows, whatever the template prints of it. Values shared by many pages (the
     * site's navigation) are walked once per build through {@code shared}, keyed by identity.
     */
    static Set<String> links(String route, Map<String, Object> model, Map<Object, Set<String>> shared) {
        Set<String> out = new HashSet<>();
        out.add(route);
        for (Object value : model.values()) {
            if (value instanceof Record) {
                Set<String> known = shared.get(value);
                if (known == null) {
                    known = new HashSet<>();
                    walk(value, known);
                    shared.put(value, known);
                }
                out.addAll(known);
            } else {
                walk(value, out);
            }
        }
        return out;
    }

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }
    };

    private static void walk(Object value, Set<String> out) {
        if (value instanceof String s) {
            String item = Routes.itemRouteOf(s);
            if (item != null) {
                out.add(item);
            } else if (s.contains("://")) {
                Matcher m = LINK.matcher(s); // absolute addresses: canonical links, JSON-LD
                while (m.find()) out.add(Routes.itemRouteOf(m.group()));
            }
        } else if (value instanceof Record r) {
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                try {
                    walk(accessor.invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        } else if (value instanceof Iterable<?> list) {
            for (Object o : list) walk(o, out);
        } else if (value instanceof Map<?, ?> map) {
            for (Object o : map.values()) walk(o, out);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, out));
        }
    }
}
