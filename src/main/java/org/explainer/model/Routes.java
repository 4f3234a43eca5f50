package org.explainer.model;

import java.util.Set;

/**
 * Where each kind of page is published, as paths from the site's root. The one place that knows
 * the site's URL scheme: templates, the link checker and the sitemap all go through it.
 *
 * <p>A route names a page the way content links to it: {@code milestones/x/}, {@code timeline/}.
 * Sections and lists are folders ({@code timeline/index.html}); an item's own page is one file
 * in its section's folder ({@code milestones/x.html}), not a folder of its own holding an index.
 * Why: an archive has a page per milestone, actor and quote, and on a disk file system a folder
 * costs what a file costs again (an inode, a block, its parent's lock): at 10,000 milestones the
 * build made 31,000 folders, and the folders took more of its time than the files.
 */
public final class Routes {

    /** First path segments the generator writes itself; a free page may not take one. */
    public static final Set<String> BUILT_IN = Set.of("timeline", "milestones", "actors", "quotes", "issues",
            "sources", "questions", "figures", "data", "embed", "static", "assets", "search", "pagefind",
            "feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html");

    /** Sections whose items each have a page: {@code section/id/}, written as {@code section/id.html}. */
    public static final Set<String> ITEM_SECTIONS = Set.of("milestones", "actors", "quotes", "issues", "sources");

    /** The same sections, to compare a route's first segment with in place (see {@link #isItemSection}). */
    private static final String[] ITEM_SECTION_NAMES = ITEM_SECTIONS.toArray(new String[0]);

    /** The item id no item may take: {@code actors/index.html} is the list of actors. */
    public static final String LIST_PAGE_ID = "index";

    /** Whether the items of a section ("actors") each have a page of their own there. */
    public static boolean hasItemPages(String section) {
        return ITEM_SECTIONS.contains(section);
    }

    /** The timeline of the milestones one side's actors took part in. */
    public static String sideTimeline(String sideId) {
        return "timeline/side/" + sideId + "/";
    }

    /**
     * Whether the milestones of a kind ("strike") have a timeline of their own: only a kind written
     * as an id can name its folder, and other kinds are still shown, without a page.
     */
    public static boolean hasKindTimeline(String kind) {
        return Ids.isId(kind);
    }

    /** Where the timelines of the kinds of milestones live, each in a folder named by its kind. */
    public static final String KIND_TIMELINES = "timeline/kind/";

    /** The timeline of the milestones of one kind, for a kind that has one (see {@link #hasKindTimeline}). */
    public static String kindTimeline(String kind) {
        return KIND_TIMELINES + kind + "/";
    }

    /**
     * An actor's events, paged as the timeline is. Only an actor whose page cannot list all of
     * theirs has one (see {@code SiteRenderer.LISTED_ON_ITEM_PAGE}): an archive's busiest actors
     * take part in tens of thousands of events.
     */
    public static String actorTimeline(String actorId) {
        return "timeline/actor/" + actorId + "/";
    }

    /** An actor's quotes, paged as the quotes list is; like {@link #actorTimeline}, only when their page cannot list all. */
    public static String actorQuotes(String actorId) {
        return "quotes/actor/" + actorId + "/";
    }

    /** The quotes on an issue, paged as the quotes list is; only when the issue's page cannot list all. */
    public static String issueQuotes(String issueId) {
        return "quotes/issue/" + issueId + "/";
    }

    private Routes() {
    }

    public static String home() {
        return "";
    }

    public static String timeline() {
        return "timeline/";
    }

    public static String timelineYear(int year) {
        return "timeline/" + year + "/";
    }

    public static String milestone(String id) {
        return "milestones/" + id + "/";
    }

    public static String actors() {
        return "actors/";
    }

    public static String actor(String id) {
        return "actors/" + id + "/";
    }

    public static String quotes() {
        return "quotes/";
    }

    public static String quote(String id) {
        return "quotes/" + id + "/";
    }

    public static String issues() {
        return "issues/";
    }

    public static String issue(String id) {
        return "issues/" + id + "/";
    }

    public static String sources() {
        return "sources/";
    }

    /**
     * A source's entry on the sources page: every numbered citation links here, where the reader
     * finds the document named, dated and linked, among the others, in one click.
     */
    public static String source(String id) {
        return "sources/#source-" + id;
    }

    /** A source's own page: the document and everything that cites it, however much that is. */
    public static String sourcePage(String id) {
        return "sources/" + id + "/";
    }

    public static String page(String id) {
        return id + "/";
    }

    /**
     * The href of a route from a page whose path to the root is {@code root} ("", "../", "../../").
     * It names the file, with an explicit {@code index.html} for folders, so that links also work
     * when the site is opened straight from disk, where a browser shows a folder listing instead
     * of its index page.
     */
    public static String href(String root, String route) {
        int hash = route.indexOf('#');
        String path = hash < 0 ? route : route.substring(0, hash);
        String fragment = hash < 0 ? "" : route.substring(hash);
        return root + file(path) + fragment;
    }

    /** The paths back to the root from the depths pages are at, made once: every page asks. */
    private static final String[] UP = {"", "../", "../../", "../../../", "../../../../"};

    /** The relative path from a page at {@code route} back to the root: "" or "../" repeated. */
    public static String rootFrom(String route) {
        String path = route.contains("#") ? route.substring(0, route.indexOf('#')) : route;
        String file = file(path);
        int depth = 0;
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) depth++;
        return depth < UP.length ? UP[depth] : "../".repeat(depth);
    }

    /** The file a route is written to, relative to the output folder. */
    public static String file(String route) {
        if (isItem(route)) return route.substring(0, route.length() - 1) + ".html";
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    /**
     * The path a route is published at, for canonical links, the sitemap and the feed: a folder
     * as itself ({@code timeline/}, which every host serves from its index.html), an item's page
     * as its file.
     */
    public static String url(String route) {
        return isItem(route) ? file(route) : route;
    }

    /** The route of a page file, the inverse of {@link #file}: {@code actors/x/} for {@code actors/x.html}. */
    public static String routeOf(String file) {
        if (file.equals("index.html")) return "";
        if (file.endsWith("/index.html")) return file.substring(0, file.length() - "index.html".length());
        return isItemFile(file) ? file.substring(0, file.length() - ".html".length()) + "/" : file;
    }

    /** Whether a file is an item's page ({@code actors/x.html}). */
    public static boolean isItemFile(String file) {
        return file.endsWith(".html") && !file.endsWith("/index.html")
                && isItem(file.substring(0, file.length() - ".html".length()) + "/");
    }

    /**
     * The route of the item an href or route points into ({@code actors/x/} for
     * {@code actors/x.html#quotes} or {@code actors/x/}), or null when it names no item's page.
     */
    public static String itemRouteOf(String href) {
        int slash = href.indexOf('/');
        if (slash <= 0 || !isItemSection(href, slash)) return null;
        int end = slash + 1;
        while (end < href.length() && "/.#".indexOf(href.charAt(end)) < 0) end++;
        if (end == slash + 1 || (end == slash + 1 + LIST_PAGE_ID.length() && href.startsWith(LIST_PAGE_ID, slash + 1))) {
            return null; // the section's own page (sources/index.html#source-x), not an item's
        }
        if (end + 1 < href.length() && href.charAt(end) == '/' && href.charAt(end + 1) != '#') {
            return null; // a folder of lists in the section (quotes/page/2/, quotes/actor/x/), not an item
        }
        return href.substring(0, end) + "/";
    }

    /** {@code section/id/}, one id, in a section whose items have pages. */
    private static boolean isItem(String route) {
        int slash = route.indexOf('/');
        return slash > 0 && route.length() > slash + 2 && route.indexOf('/', slash + 1) == route.length() - 1
                && isItemSection(route, slash);
    }

    /**
     * Whether {@code s} up to {@code end} is the name of a section whose items have pages. Why not
     * {@code ITEM_SECTIONS.contains(s.substring(0, end))}: this runs for every link and file a
     * build writes, and the copy and the set's hashing and comparing were most of its time.
     */
    private static boolean isItemSection(String s, int end) {
        for (String section : ITEM_SECTION_NAMES) {
            if (section.length() == end && s.startsWith(section)) return true;
        }
        return false;
    }
}
