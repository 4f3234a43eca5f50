package org.explainer.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.explainer.model.Routes;
import org.explainer.render.Views.ActorCard;
import org.explainer.render.Views.ActorView;
import org.explainer.render.Views.MilestoneView;
import org.explainer.render.Views.QuoteView;

/**
 * schema.org descriptions of pages, as JSON already safe to print inside
 * {@code <script type="application/ld+json">} (see {@link Json}): Event for milestones, Person or
 * Organization for actors, Quotation for quotes, WebSite for the home page.
 */
final class JsonLd {

    private final MachineFiles urls;
    private final String language;

    JsonLd(MachineFiles urls, String language) {
        this.urls = urls;
        this.language = language;
    }

    String website(String title, String description) {
        Map<String, Object> m = base("WebSite");
        m.put("name", title);
        m.put("description", description);
        m.put("url", urls.absolute(""));
        m.put("inLanguage", language);
        return Json.write(m);
    }

    String milestone(MilestoneView v) {
        Map<String, Object> m = base("Event");
        m.put("name", v.title());
        m.put("startDate", v.date().iso());
        m.put("url", urls.absolute(Routes.routeOf(v.href())));
        m.put("eventStatus", "called-off".equals(v.status()) ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled");
        if (!v.actors().isEmpty()) m.put("organizer", v.actors().stream().map(this::agent).toList());
        return Json.write(m);
    }

    String actor(ActorView v) {
        Map<String, Object> m = agent(v.card());
        m.put("@context", "https://schema.org");
        m.put("description", v.card().role());
        if (!v.aliases().isEmpty()) m.put("alternateName", v.aliases());
        if (v.memberOf() != null) m.put("memberOf", agent(v.memberOf()));
        return Json.write(sorted(m));
    }

    String quote(QuoteView v) {
        Map<String, Object> m = base("Quotation");
        m.put("text", v.text());
        m.put("url", urls.absolute(Routes.routeOf(v.href())));
        m.put("dateCreated", v.date().iso());
        if (v.actor() != null) m.put("creator", agent(v.actor()));
        if (v.source() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("@type", "CreativeWork");
            source.put("name", v.source().title());
            if (v.source().url() != null) source.put("url", v.source().url());
            m.put("isBasedOn", source);
        }
        return Json.write(m);
    }

    private Map<String, Object> agent(ActorCard a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "organisation".equals(a.kind()) ? "Organization" : "Person");
        m.put("name", a.name());
        m.put("url", urls.absolute(Routes.routeOf(a.href())));
        return m;
    }

    private static Map<String, Object> base(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        return m;
    }

    /** "@context" first, then the rest as built. */
    private static Map<String, Object> sorted(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", m.get("@context"));
        m.forEach((k, v) -> out.putIfAbsent(k, v));
        return out;
    }

}
