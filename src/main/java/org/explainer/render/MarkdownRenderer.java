package org.explainer.render;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.explainer.model.Markdown;
import org.explainer.model.Routes;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;

/**
 * Markdown to HTML with flexmark: GFM tables, strikethrough, autolinks, heading ids and
 * typographic quotes. Raw HTML in content is escaped, never passed through, because content may
 * come from outside contributors. Links to the site are written from its root ({@code /actors/x/}),
 * checked against the pages that exist, and written relative to the page they appear on;
 * {@code javascript:} and other active schemes are unlinked.
 *
 * <p>The parser and renderer are built once and shared: flexmark keeps per-document state in the
 * document, so both are safe to use from several threads.
 */
public final class MarkdownRenderer {

    /**
     * Stands for "the path from this page to the site's root" in rendered HTML, replaced when the
     * page is written. Content can never produce it: the loader replaces every U+FFFF (a
     * Unicode noncharacter) in content with U+FFFD.
     */
    public static final String ROOT = "\uFFFFroot\uFFFF";

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /**
     * By whether the text may hold a table and may hold an autolink (see {@link #parserFor}); each
     * made on first use, since a small site needs one or two of them and each costs start-up time.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Parser> parsers =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(4);
    private final HtmlRenderer renderer;
    private final Set<String> routes;

    /**
     * @param routes every address on the site a link may point to: folder routes ("actors/x/") and
     *               files ("assets/map.png", "feed.xml")
     */
    public MarkdownRenderer(Set<String> routes) {
        this.renderer = HtmlRenderer.builder(options(true, true)).build();
        this.routes = routes;
    }

    /** flexmark's options, with the table and autolink extensions or without them. */
    static MutableDataSet options(boolean tables, boolean autolinks) {
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        if (tables) extensions.add(TablesExtension.create());
        extensions.add(StrikethroughExtension.create());
        if (autolinks) extensions.add(AutolinkExtension.create());
        extensions.add(TypographicExtension.create());
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        return options;
    }

    /**
     * The parser with only the extensions the text can use. Why: flexmark sets up every extension
     * for every document, and the table and autolink ones compile and run regular expressions over
     * all of it; that was a third of the Markdown stage of a 10,000-milestone build, whose texts
     * have no tables and no links. A table needs a '|'; an autolink needs "://", "www" or '@'.
     * {@code MarkdownRendererTest} checks that the choice never changes the HTML.
     */
    Parser parserFor(String text) {
        boolean tables = text.indexOf('|') >= 0;
        boolean autolinks = text.contains("://") || text.indexOf('@') >= 0 || containsWww(text);
        return parser((tables ? 1 : 0) | (autolinks ? 2 : 0));
    }

    /**
     * Whether "www" appears in any case, without a lower-cased copy of the whole text: it starts
     * with a 'w' or a 'W', each found by {@code indexOf}'s tight loop rather than a call per
     * character, which was a thirtieth of the Markdown stage.
     */
    private static boolean containsWww(String text) {
        return containsWww(text, 'w') || containsWww(text, 'W');
    }

    private static boolean containsWww(String text, char first) {
        for (int i = text.indexOf(first); i >= 0 && i + 3 <= text.length(); i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, "www", 0, 3)) return true;
        }
        return false;
    }

    private Parser parser(int variant) {
        Parser p = parsers.get(variant);
        if (p == null) {
            // Two threads may both build one; either result is the same parser, and one is kept.
            MutableDataSet options = options((variant & 1) != 0, (variant & 2) != 0);
            Parser.Builder builder = KeptBlockFactories.use(SafeInlineParser.use(Parser.builder(options), options));
            parsers.compareAndSet(variant, null, builder.build());
            p = parsers.get(variant);
        }
        return p;
    }

    /** The parser with every extension, whatever the text. */
    Parser fullParser() {
        return parser(3);
    }

    /** Renders with the given parser: for tests that compare parsers. */
    String html(Parser parser, String markdown) {
        return html(parse(parser, markdown));
    }

    /**
     * Parses the text held in a char array ({@link CharSubSequence}), not as the String itself,
     * which is what {@code Parser.parse(String)} wraps. Why: flexmark reads its input a character
     * at a time through {@code BasedSequence.charAt}; over a String each such read is a second
     * interface call (into {@code String.charAt}), which the client compiler that
     * {@code scripts/explainer} runs does not inline. Over an array it is an array read: the
     * Markdown of 10,000 events took 13% less CPU in its first pass. Both read U+0000 as U+FFFD;
     * {@code MarkdownRendererTest} and {@code ProseHtmlTest} check the HTML is the same as from a
     * String.
     */
    static Document parse(Parser parser, String text) {
        return parser.parse(CharSubSequence.of(text));
    }

    /** The document's HTML: written directly when it is plain prose (see {@link ProseHtml}), else by flexmark. */
    String html(Document doc) {
        String prose = ProseHtml.render(doc);
        return prose != null ? prose : renderer.render(doc);
    }

    /** flexmark's own rendering of the document, always: for tests that compare it with {@link ProseHtml}. */
    String flexmarkHtml(Document doc) {
        return renderer.render(doc);
    }

    /**
     * The result of rendering one piece of Markdown.
     *
     * @param html     the HTML, with {@link #ROOT} where the path to the root goes
     * @param problems broken internal links, at their line and column
     */
    public record Rendered(String html, List<Problem> problems) {
    }

    public Rendered render(Markdown markdown) {
        if (markdown.isBlank()) return new Rendered("", List.of());
        Parser parser = parserFor(markdown.text());
        Document doc;
        try {
            doc = parse(parser, markdown.text());
        } catch (RuntimeException e) {
            return new Rendered("", List.of(parserFailure(markdown, parser, e)));
        }
        List<Problem> problems = new ArrayList<>();
        List<Node> toUnlink = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Link link) {
                check(link.getUrl(), node, markdown, problems, toUnlink).ifPresent(link::setUrl);
            } else if (node instanceof Image image) {
                check(image.getUrl(), node, markdown, problems, toUnlink).ifPresent(image::setUrl);
            } else if (node instanceof RefNode ref) {
                // [text][label]: the URL lives in the definition, which is checked (and rewritten) below;
                // a reference to an active scheme is unlinked here, where the reader would click.
                Reference definition = ref.getReferenceNode(doc);
                if (definition != null && isActive(definition.getUrl().toString())) toUnlink.add(node);
            } else if (node instanceof DelimitedLinkNode auto) {
                // <scheme:...> autolinks: found by fuzzing, <vbscript:x> was written out as a link.
                if (isActive(auto.getUrl().toString())) toUnlink.add(node);
            } else if (node instanceof Reference ref) {
                if (!isActive(ref.getUrl().toString())) {
                    check(ref.getUrl(), node, markdown, problems, toUnlink).ifPresent(ref::setUrl);
                }
            }
        }
        for (Node n : toUnlink) unlink(n);
        return new Rendered(html(doc), problems);
    }

    /**
     * The problem to report when flexmark itself throws on a text, at the first block (text between
     * blank lines) that it cannot parse on its own. Why not let the exception out: it is a bug of
     * the library, not of the build, and the editor can only act on it knowing where it struck.
     * Fuzzing found one: its table extension throws on a delimiter row followed by a line that
     * starts with tabs ({@code "---|\n\t\t|"}).
     */
    static Problem parserFailure(Markdown md, Parser parser, RuntimeException e) {
        String text = md.text();
        int at = 0;
        String block = text;
        for (int start = 0; start < text.length(); ) {
            while (start < text.length() && text.charAt(start) == '\n') start++;
            int end = text.indexOf("\n\n", start);
            if (end < 0) end = text.length();
            String candidate = text.substring(start, end);
            if (failsAlone(parser, candidate)) {
                at = start;
                block = candidate;
                break;
            }
            start = end;
        }
        boolean tabbedTable = block.indexOf('|') >= 0 && block.indexOf('\t') >= 0;
        return Problem.at(position(md, at), "the Markdown parser (flexmark) failed on this text ("
                        + e.getClass().getSimpleName() + ")",
                tabbedTable ? "a flexmark bug with tables whose lines start with tabs: write those tabs as spaces"
                        : "a flexmark bug, not a mistake in the text: rewrite this block more simply until it builds");
    }

    private static boolean failsAlone(Parser parser, String block) {
        try {
            parse(parser, block);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** A URL with a scheme that is not plainly safe: javascript:, data:, vbscript: and the like. */
    static boolean isActive(String url) {
        // Decode character references first, as the browser will: &#106;avascript: is javascript:.
        String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
        String squeezed = decoded.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        int slash = squeezed.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash)
                && squeezed.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
        return hasScheme && !SAFE_SCHEMES.contains(squeezed.substring(0, colon));
    }

    /** Returns the URL to write, or empty to leave the node as it is (external) or unlinked. */
    private java.util.Optional<BasedSequence> check(BasedSequence url, Node node, Markdown md, List<Problem> problems,
                                                    List<Node> toUnlink) {
        String u = url.toString().trim();
        if (u.isEmpty() || u.startsWith("#")) return java.util.Optional.empty();
        if (u.startsWith("/") && !u.startsWith("//")) {
            String route = internal(u, node, md, problems);
            return java.util.Optional.of(CharSubSequence.of(ROOT + Routes.href("", route)));
        }
        if (isActive(u)) {
            toUnlink.add(node); // javascript:, data:, vbscript: and the like never reach a page
            return java.util.Optional.empty();
        }
        if (u.startsWith("//") || u.matches("(?i)[a-z][a-z0-9+.-]*:.*")) return java.util.Optional.empty();
        problems.add(Problem.at(position(md, node.getStartOffset()), "the link '" + u + "' is relative",
                "write links to the site from its root, e.g. /milestones/some-id/ or /actors/"));
        return java.util.Optional.empty();
    }

    private String internal(String url, Node node, Markdown md, List<Problem> problems) {
        int hash = url.indexOf('#');
        String path = (hash < 0 ? url : url.substring(0, hash)).substring(1);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        String route = path;
        if (!routes.contains(route) && !route.isEmpty() && !route.endsWith("/") && routes.contains(route + "/")) {
            route = route + "/";
        }
        if (!route.isEmpty() && !routes.contains(route)) {
            String hint = org.explainer.problem.Suggest.didYouMean("/" + route,
                    routes.stream().map(r -> "/" + r).toList());
            if (route.startsWith(Routes.KIND_TIMELINES) && !hint.contains(Routes.KIND_TIMELINES)) {
                // The kind may well exist, written in a way that cannot name a folder.
                hint = "only a kind written as an id has a timeline of its own: lower-case words joined by hyphens,"
                        + " e.g. kind: strike, then /" + Routes.kindTimeline("strike");
            }
            problems.add(Problem.at(position(md, node.getStartOffset()), "the link '" + url + "' leads to no page of the site",
                    hint.isEmpty() ? "check the id; pages live at /milestones/<id>/, /actors/<id>/, /issues/<id>/, /quotes/<id>/" : hint));
        }
        return route + fragment;
    }

    /** Replaces a link by its text, so a reader sees the words but no active link. */
    private static void unlink(Node node) {
        if (node instanceof Image image) {
            Text alt = new Text(image.getText());
            image.insertBefore(alt);
            image.unlink();
            return;
        }
        if (node instanceof Reference) {
            node.unlink();
            return;
        }
        if (node instanceof DelimitedLinkNode auto) {
            node.insertBefore(new Text(auto.getText()));
            node.unlink();
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    static Pos position(Markdown md, int offset) {
        String text = md.text();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        Pos start = md.start();
        int column = offset - lineStart + 1;
        return line == 0 ? new Pos(start.file(), start.line(), Math.max(1, start.column()) + column - 1)
                : new Pos(start.file(), start.line() + line, column);
    }
}
