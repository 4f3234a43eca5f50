package org.explainer.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Figure;
import org.explainer.model.Issue;
import org.explainer.model.Markdown;
import org.explainer.model.Milestone;
import org.explainer.model.PartialDate;
import org.explainer.model.Question;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Routes;
import org.explainer.model.Side;
import org.explainer.model.Source;
import org.explainer.render.Views.ActorCard;
import org.explainer.render.Views.ActorView;
import org.explainer.render.Views.DateView;
import org.explainer.render.Views.FigureView;
import org.explainer.render.Views.IssueLink;
import org.explainer.render.Views.IssueView;
import org.explainer.render.Views.MilestoneLink;
import org.explainer.render.Views.MilestoneView;
import org.explainer.render.Views.PageView;
import org.explainer.render.Views.PositionView;
import org.explainer.render.Views.QuestionView;
import org.explainer.render.Views.QuoteView;
import org.explainer.render.Views.SideView;
import org.explainer.render.Views.SourceRef;
import org.explainer.render.Views.SourceView;

/**
 * Builds every view once, from the graph and the rendered Markdown, so that a quote shown on five
 * pages is prepared once. Each map is filled in one pass; nothing here searches a list.
 */
public final class ViewFactory {

    private final Graph graph;
    private final Map<Markdown, String> html;
    private final DateText dates;
    private final Map<PartialDate, DateView> dateViews = new java.util.concurrent.ConcurrentHashMap<>();

    final Map<String, ActorCard> actorCards = new HashMap<>();
    final Map<String, SourceRef> sourceRefs = new HashMap<>();
    final Map<String, MilestoneLink> milestoneLinks = new HashMap<>();
    final Map<String, IssueLink> issueLinks = new HashMap<>();
    /*
     * Quote and milestone views are made when first asked for, once each: a preview rebuild that
     * renders a few pages then prepares a few views, not one per item of a large archive.
     */
    private final Map<String, QuoteView> quotes = new ConcurrentHashMap<>();
    private final Map<String, MilestoneView> milestones = new ConcurrentHashMap<>();
    private final Map<String, Integer> timelineIndex = new HashMap<>();

    public ViewFactory(Graph graph, Map<Markdown, String> html) {
        this.graph = graph;
        this.html = html;
        this.dates = new DateText(graph.site().language());
        for (Actor a : graph.actors()) actorCards.put(a.id(), card(a));
        for (Source s : graph.sources()) sourceRefs.put(s.id(), sourceRef(s));
        for (Milestone m : graph.timeline()) {
            milestoneLinks.put(m.id(), new MilestoneLink(m.id(), m.title(), date(m.date()), href(Routes.milestone(m.id()))));
        }
        for (Issue i : graph.issues()) issueLinks.put(i.id(), new IssueLink(i.id(), i.title(), href(Routes.issue(i.id()))));
        List<Milestone> timeline = graph.timeline();
        for (int i = 0; i < timeline.size(); i++) timelineIndex.put(timeline.get(i).id(), i);
    }

    private MilestoneView milestoneView(String id) {
        return milestones.computeIfAbsent(id, k -> {
            List<Milestone> timeline = graph.timeline();
            int i = timelineIndex.get(k);
            MilestoneLink prev = i > 0 ? milestoneLinks.get(timeline.get(i - 1).id()) : null;
            MilestoneLink next = i + 1 < timeline.size() ? milestoneLinks.get(timeline.get(i + 1).id()) : null;
            return milestoneView(timeline.get(i), prev, next);
        });
    }

    private QuoteView quoteView(String id) {
        return quotes.computeIfAbsent(id, k -> quoteView(graph.index().quotes().get(k)));
    }

    static String href(String route) {
        return Routes.href("", route);
    }

    public DateView date(PartialDate d) {
        // One view per distinct date: an archive has far fewer dates than dated things (at 100,000
        // milestones, 400,000 date views held 50 MB of a 1 GB heap).
        return d == null ? null : dateViews.computeIfAbsent(d, k -> new DateView(k.iso(), dates.format(k), k.year(),
                k.precision().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private String html(Markdown md) {
        return html.getOrDefault(md, "");
    }

    private ActorCard card(Actor a) {
        Side side = graph.side(a.side().id());
        return new ActorCard(a.id(), a.name(), a.role(), a.kind().name().toLowerCase(java.util.Locale.ROOT), a.side().id(),
                side == null ? "" : side.label(), href(Routes.actor(a.id())), sideClass(a.side().id()));
    }

    /**
     * The colour slot of a side, "s1" to "s6" by its order in site.yaml (style.css colours each);
     * "s5", the neutral grey, for an id that names no side. Decided here rather than in a template
     * function: pages ask for it for every quote and actor they show.
     */
    String sideClass(String sideId) {
        List<Side> sides = graph.site().sides();
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).id().equals(sideId)) return SIDE_CLASSES[i % SIDE_CLASSES.length];
        }
        return "s5";
    }

    private static final String[] SIDE_CLASSES = {"s1", "s2", "s3", "s4", "s5", "s6"};

    private SourceRef sourceRef(Source s) {
        return new SourceRef(graph.number(s.id()), s.id(), s.title(), s.author(), s.publisher(), date(s.date()),
                s.url().isEmpty() ? null : s.url(), href(Routes.source(s.id())), href(Routes.sourcePage(s.id())),
                s.text().isPresent());
    }

    private QuoteView quoteView(Quote q) {
        return new QuoteView(q.id(), q.text(), date(q.date()), actorCards.get(q.actor().id()),
                sourceRefs.get(q.source().id()), q.milestone().map(r -> milestoneLinks.get(r.id())).orElse(null),
                map(q.issues(), r -> issueLinks.get(r.id())), q.context(), graph.isVerified(q),
                href(Routes.quote(q.id())));
    }

    private MilestoneView milestoneView(Milestone m, MilestoneLink prev, MilestoneLink next) {
        List<ActorCard> actors = map(m.actors(), r -> actorCards.get(r.id()));
        List<String> sides = new ArrayList<>(new LinkedHashSet<>(map(actors, ActorCard::sideId)));
        // The link's address, not a second copy of it: an archive has a view and a link per milestone.
        return new MilestoneView(m.id(), m.title(), date(m.date()), m.type(), m.status().word(),
                milestoneLinks.get(m.id()).href(), "m-" + m.id(), actors, List.copyOf(sides),
                map(m.sources(), r -> sourceRefs.get(r.id())), quotesOf(graph.quotesByMilestone(), m.id()),
                html(m.body()), prev, next);
    }

    private List<QuoteView> quotesOf(Map<String, List<Quote>> by, String id) {
        return map(by.getOrDefault(id, List.of()), q -> quoteView(q.id()));
    }

    /** The place of a milestone on the full timeline, from 0. */
    int timelineIndex(String milestoneId) {
        return timelineIndex.get(milestoneId);
    }

    // ---- views used by one page each -------------------------------------------------------------

    public List<MilestoneView> timeline() {
        return map(graph.timeline(), m -> milestoneView(m.id()));
    }

    public MilestoneView milestone(String id) {
        return milestoneView(id);
    }

    public List<QuoteView> quotes() {
        return map(graph.quotes(), q -> quoteView(q.id()));
    }

    public QuoteView quote(String id) {
        return quoteView(id);
    }

    public ActorCard actorCard(String id) {
        return actorCards.get(id);
    }

    public ActorView actor(Actor a) {
        List<Quote> quotes = graph.quotesByActor().getOrDefault(a.id(), List.of());
        List<Milestone> milestones = graph.milestonesByActor().getOrDefault(a.id(), List.of());
        return new ActorView(actorCards.get(a.id()), a.aliases(),
                graph.memberOf(a).map(o -> actorCards.get(o.id())).orElse(null),
                map(graph.membersOf().getOrDefault(a.id(), List.of()), m -> actorCards.get(m.id())),
                html(a.body()), map(listed(quotes), q -> quoteView(q.id())), quotes.size(),
                more(quotes, Routes.actorQuotes(a.id())),
                map(listed(milestones), m -> milestoneView(m.id())), milestones.size(),
                more(milestones, Routes.actorTimeline(a.id())));
    }

    /** What an item's page lists of a list: all of it, or its first {@link SiteRenderer#LISTED_ON_ITEM_PAGE}. */
    private static <T> List<T> listed(List<T> all) {
        return SiteRenderer.hasOwnList(all) ? all.subList(0, SiteRenderer.LISTED_ON_ITEM_PAGE) : all;
    }

    /** The link to the paged list at {@code route} when an item's page lists only some of {@code all}, else null. */
    private static String more(List<?> all, String route) {
        return SiteRenderer.hasOwnList(all) ? href(route) : null;
    }

    public List<SideView> sides() {
        return map(graph.site().sides(), s -> new SideView(s.id(), s.label(), s.description(),
                href(Routes.actors()) + "#side-" + s.id(),
                map(graph.actorsBySide().getOrDefault(s.id(), List.of()), a -> actorCards.get(a.id())),
                sideClass(s.id())));
    }

    public IssueView issue(Issue i) {
        List<Quote> quotes = graph.quotesByIssue().getOrDefault(i.id(), List.of());
        List<PositionView> positions = map(i.positions(), p -> {
            Side side = graph.side(p.side().id());
            return new PositionView(p.side().id(), side == null ? p.side().id() : side.label(), html(p.text()),
                    map(p.sources(), r -> sourceRefs.get(r.id())), sideClass(p.side().id()));
        });
        return new IssueView(i.id(), i.title(), i.summary(), href(Routes.issue(i.id())), html(i.body()), positions,
                map(i.sources(), r -> sourceRefs.get(r.id())), map(listed(quotes), q -> quoteView(q.id())),
                quotes.size(), more(quotes, Routes.issueQuotes(i.id())));
    }

    public QuestionView question(Question q) {
        return new QuestionView(q.id(), q.title(), q.order(), html(q.body()));
    }

    public FigureView figure(Figure f) {
        return new FigureView(f.id(), f.value(), f.label(), sourceRefs.get(f.source().id()),
                f.date().map(this::date).orElse(null));
    }

    public PageView page(org.explainer.model.Page p) {
        return new PageView(p.id(), p.title(), href(Routes.page(p.id())), html(p.body()));
    }

    public SourceView source(Source s) {
        Graph.Citations c = graph.citationsOf(s.id());
        return new SourceView(sourceRefs.get(s.id()), map(c.milestones(), m -> milestoneLinks.get(m.id())),
                map(c.quotes(), q -> quoteView(q.id())), map(c.figures(), this::figure),
                map(c.issues(), i -> issueLinks.get(i.id())), map(c.positions(), p -> {
                    Side side = graph.side(p.side());
                    return new Views.PositionLink(p.issue().id(), p.issue().title(), p.side(),
                            side == null ? p.side() : side.label(), href(Routes.issue(p.issue().id())) + "#pos-" + p.side());
                }));
    }

    /**
     * The list of {@code f} of each element, immutable and compact: views hold hundreds of
     * thousands of these in a large archive, most of them short (one list object with no array
     * for one or two elements, and the shared empty list for none).
     */
    @SuppressWarnings("unchecked")
    static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        if (list.isEmpty()) return List.of();
        Object[] out = new Object[list.size()];
        boolean nulls = false;
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(list.get(i));
            nulls |= out[i] == null;
        }
        // List.of refuses nulls; a view of an item that a failed check let through may hold one.
        return nulls ? java.util.Collections.unmodifiableList(java.util.Arrays.asList((R[]) out)) : (List<R>) List.of(out);
    }

}
