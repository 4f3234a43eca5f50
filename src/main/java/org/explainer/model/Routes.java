package org.explainer.model;

import java.util.Set;

/**
 * Where each kind of page is published, as paths from the site's root. The one place that knows
 * the site's URL scheme: templates, the link checker and the sitemap all go through it.
 */
public final class Routes {

    /** First path segments the generator writes itself; a free page may not take one. */
    public static final Set<String> BUILT_IN = Set.of("timeline", "milestones", "actors", "quotes", "issues",
            "sources", "questions", "figures", "data", "embed", "static", "assets", "search", "pagefind",
            "feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html");

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

    /** A source's entry on the sources page: every numbered citation links here. */
    public static String source(String id) {
        return "sources/#source-" + id;
    }

    public static String page(String id) {
        return id + "/";
    }

    /**
     * The href of a route from a page whose path to the root is {@code root} ("", "../", "../../").
     * Folder routes get an explicit {@code index.html} so that links also work when the site is
     * opened straight from disk, where a browser shows a folder listing instead of its index page.
     */
    public static String href(String root, String route) {
        int hash = route.indexOf('#');
        String path = hash < 0 ? route : route.substring(0, hash);
        String fragment = hash < 0 ? "" : route.substring(hash);
        if (path.isEmpty() || path.endsWith("/")) path = path + "index.html";
        return root + path + fragment;
    }

    /** The relative path from a page at {@code route} back to the root: "" or "../" repeated. */
    public static String rootFrom(String route) {
        String path = route.contains("#") ? route.substring(0, route.indexOf('#')) : route;
        long depth = path.chars().filter(c -> c == '/').count();
        if (!path.isEmpty() && !path.endsWith("/")) depth = path.split("/").length - 1;
        return "../".repeat((int) depth);
    }

    /** The file a route is written to, relative to the output folder. */
    public static String file(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }
}
