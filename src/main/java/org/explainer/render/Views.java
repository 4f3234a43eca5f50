package org.explainer.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What templates see: small read-only records, never the model's own types or a raw map. Every
 * {@code href} is a path from the site's root ("actors/hunt.html"); templates write it after
 * {@code ${root}}, the path from the page being written back to the root. Absent values are null,
 * so templates test them with {@code ??}. HTML fields ({@code bodyHtml}, {@code html}) are rendered
 * Markdown, already safe; templates print them with {@code ?no_esc}.
 */
public final class Views {

    private Views() {
    }

    /** A date at its own precision: {@code iso} for {@code <time datetime>}, {@code text} for readers. */
    public record DateView(String iso, String text, int year, String precision) {
    }

    public record Link(String title, String href) {
    }

    /**
     * An entry of the main navigation as one page shows it.
     *
     * @param current "page" on the page the link leads to, "true" on the other pages of its
     *                section, "" elsewhere: the value of the link's {@code aria-current}
     */
    public record NavLink(String title, String href, String current) {
    }

    /** @param sideClass the side's colour slot as a class, "s1" to "s6" by its order in site.yaml */
    public record SideView(String id, String label, String description, String href, List<ActorCard> actors,
                           String sideClass) {
    }

    /** @param sideClass the colour slot of the actor's side ("s1" to "s6"; see {@link SideView}) */
    public record ActorCard(String id, String name, String role, String kind, String sideId, String sideLabel,
                            String href, String sideClass) {
    }

    /**
     * A source as cited: {@code number} is the same on every page, {@code href} its entry on the
     * sources page, {@code page} its own page, {@code url} the original document (may be null).
     */
    public record SourceRef(int number, String id, String title, String author, String publisher, DateView date, String url,
                            String href, String page, boolean hasText) {
    }

    public record MilestoneLink(String id, String title, DateView date, String href) {
    }

    public record IssueLink(String id, String title, String href) {
    }

    /**
     * A quote with everything around it.
     *
     * @param verified whether the build found it verbatim in its source's text copy
     */
    public record QuoteView(String id, String text, DateView date, ActorCard actor, SourceRef source,
                            MilestoneLink milestone, List<IssueLink> issues, String context, boolean verified,
                            String href) {
    }

    /**
     * A milestone with its actors, sources and quotes.
     *
     * @param kind    the one-word kind ("" when none)
     * @param status  happened, planned or called-off
     * @param anchor  its id on timeline pages ("m-" + id)
     * @param sideIds the sides of its actors, for filtering
     * @param prev    the milestone before it on the timeline, or null
     * @param next    the milestone after it, or null
     */
    public record MilestoneView(String id, String title, DateView date, String kind, String status, String href,
                                String anchor, List<ActorCard> actors, List<String> sideIds, List<SourceRef> sources,
                                List<QuoteView> quotes, String bodyHtml, MilestoneLink prev, MilestoneLink next) {
    }

    /**
     * An actor and what they said and did. Their page lists at most
     * {@link SiteRenderer#LISTED_ON_ITEM_PAGE} of each; an actor with more has paged lists of their own.
     *
     * @param quotes         the quotes their page lists: all of them, or the first when there are more
     * @param quoteCount     how many quotes they have in all
     * @param quotesHref     their paged list of quotes when the page lists only some, else null
     * @param milestones     the events their page lists, likewise
     * @param milestoneCount how many events they took part in
     * @param timelineHref   their paged timeline when the page lists only some of their events, else null
     */
    public record ActorView(ActorCard card, List<String> aliases, ActorCard memberOf, List<ActorCard> members,
                            String bodyHtml, List<QuoteView> quotes, int quoteCount, String quotesHref,
                            List<MilestoneView> milestones, int milestoneCount, String timelineHref) {
    }

    /**
     * One side's position on an issue.
     *
     * @param sources   the sources this position cites itself, numbered as everywhere (may be empty)
     * @param sideClass the side's colour slot ("s1" to "s6"; see {@link SideView})
     */
    public record PositionView(String sideId, String sideLabel, String html, List<SourceRef> sources,
                               String sideClass) {
    }

    /**
     * An issue position as something that cites a source.
     *
     * @param href the issue page, at the position ({@code #pos-<side>}, the id of its heading)
     */
    public record PositionLink(String issueId, String issueTitle, String sideId, String sideLabel, String href) {
    }

    /**
     * An issue, each side's position on it, and what was said about it.
     *
     * @param quotes     the quotes its page lists: all, or the first {@link SiteRenderer#LISTED_ON_ITEM_PAGE}
     * @param quoteCount how many quotes bear on it in all
     * @param quotesHref its paged list of quotes when the page lists only some, else null
     */
    public record IssueView(String id, String title, String summary, String href, String bodyHtml,
                            List<PositionView> positions, List<SourceRef> sources, List<QuoteView> quotes,
                            int quoteCount, String quotesHref) {
    }

    public record QuestionView(String id, String title, int order, String answerHtml) {
    }

    public record FigureView(String id, String value, String label, SourceRef source, DateView date) {
    }

    public record PageView(String id, String title, String href, String bodyHtml) {
    }

    /** A source with everything that cites it; {@code positions} are the issue positions citing it. */
    public record SourceView(SourceRef ref, List<MilestoneLink> milestones, List<QuoteView> quotes,
                             List<FigureView> figures, List<IssueLink> issues, List<PositionLink> positions) {
    }

    /** One year of the timeline. */
    public record YearView(int year, String href, int count, List<MilestoneView> milestones) {
    }

    /**
     * A filter choice on the timeline or the quotes list: a side, a kind, an actor or an issue, with
     * how many items it keeps, and what it links to (null for the filter of a side's or a kind's
     * timeline; an actor's or an issue's page for the filter of their own lists).
     */
    public record Facet(String type, String id, String label, int count, String href) {
    }

    /**
     * Where a page sits in a paged list.
     *
     * @param number this page, from 1
     * @param count  how many pages
     * @param prev   the previous page's href, or null
     * @param next   the next page's href, or null
     * @param pages  every page, as links labelled with their numbers
     * @param shown  the pages a pager shows on this page: all of them up to ten, else a window
     *               around this one with the first, the last and round numbers further out
     *               ({@link PagerWindow})
     */
    public record Pager(int number, int count, String prev, String next, List<Link> pages, List<PageNumber> shown) {

        /** Page {@code number} (from 1) of the list whose pages are {@code pages}, in order. */
        public static Pager at(int number, List<Link> pages) {
            List<PageNumber> shown = new ArrayList<>();
            int previous = 0;
            for (int n : PagerWindow.numbers(number, pages.size())) {
                shown.add(new PageNumber(n, pages.get(n - 1).href(), n > previous + 1));
                previous = n;
            }
            return new Pager(number, pages.size(), number > 1 ? pages.get(number - 2).href() : null,
                    number < pages.size() ? pages.get(number).href() : null, pages, List.copyOf(shown));
        }
    }

    /**
     * A page number a pager shows.
     *
     * @param afterGap whether pages are left out between the number shown before and this one
     */
    public record PageNumber(int number, String href, boolean afterGap) {
    }

    /**
     * What every page knows about the site.
     *
     * @param nav           the main navigation
     * @param pages         the free pages, in order
     * @param searchEnabled whether a search index is built (otherwise no search box is shown)
     * @param hasTheme      whether static/theme.css overrides the look
     * @param ogLocale      the language as Open Graph writes it ("en_GB" for "en-GB")
     */
    public record SiteView(String title, String description, String language, String baseUrl, String basePath,
                           DateView updated, List<SideView> sides, List<Link> nav, List<PageView> pages,
                           boolean searchEnabled, boolean hasTheme, String ogLocale) {
    }

    /** Quotes grouped under their speaker. */
    public record ActorQuotes(ActorCard actor, List<QuoteView> quotes) {
    }
}
