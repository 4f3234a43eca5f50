package org.explainer.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML of a parsed document made only of paragraphs and headings holding plain inline text
 * (emphasis, links, code, quotes, line breaks): the bytes flexmark's own renderer writes for it,
 * written straight into a StringBuilder. Anything else (lists, quotes, tables, code blocks) is left
 * to flexmark: {@link #render} answers null.
 *
 * <p>Why: flexmark's renderer sets up every node renderer per document and writes through a
 * line-tracking appendable a character at a time; for the prose that makes most of a dispute (two
 * paragraphs and a heading per event) that was three fifths of the Markdown stage. Each method
 * below mirrors the flexmark method named in its comment, with the options {@link MarkdownRenderer}
 * sets; {@code ProseHtmlTest} compares the two on random documents and on the real content.
 */
final class ProseHtml {

    private final StringBuilder out;

    private ProseHtml(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** The document's HTML as flexmark would render it, or null if it holds a node not handled here. */
    static String render(Document doc) {
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph || block instanceof Heading) || !inlineOnly(block)) return null;
        }
        // As HtmlRenderer does before rendering: ids for headings, unique within the document.
        new HeaderIdGenerator.Factory().create().generateIds(doc);
        ProseHtml html = new ProseHtml(doc.getTextLength() + doc.getTextLength() / 4 + 16);
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            int start = html.out.length();
            if (block instanceof Heading heading) {
                html.heading(heading);
            } else {
                html.paragraph((Paragraph) block);
            }
            if (!html.linesAsFlexmarkWrites(start)) return null;
        }
        return html.out.toString();
    }

    /**
     * Whether the block written from {@code start} has no line that starts with a space or a tab,
     * and no empty line: flexmark writes through an appendable that drops the leading spaces of
     * each line (and treats tabs and empty lines its own way), which this class does not copy.
     * Such blocks are rare (a break followed by indented text), and are left to flexmark.
     */
    private boolean linesAsFlexmarkWrites(int start) {
        for (int i = out.indexOf("\n", start); i >= 0 && i + 1 < out.length(); i = out.indexOf("\n", i + 1)) {
            char next = out.charAt(i + 1);
            if (next == ' ' || next == '\t' || next == '\n') return false;
        }
        return true;
    }

    private static boolean inlineOnly(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            boolean leaf = n instanceof Text || n instanceof TypographicSmarts || n instanceof SoftLineBreak
                    || n instanceof HardLineBreak || n instanceof HtmlInline || n instanceof HtmlInlineComment
                    || n instanceof HtmlEntity;
            boolean container = n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough
                    || n instanceof TypographicQuotes || n instanceof Link;
            if (leaf) {
                if (n.hasChildren()) return false;
            } else if (n instanceof Code) {
                // Rendered from its text, whatever its children (CoreNodeRenderer without code soft breaks).
                continue;
            } else if (!container || !inlineOnly(n)) {
                return false;
            }
        }
        return true;
    }

    /** CoreNodeRenderer.render(Heading): the id first, then the tag on a line of its own. */
    private void heading(Heading h) {
        String level = Integer.toString(h.getLevel());
        out.append("<h").append(level);
        String id = h.getAnchorRefId();
        if (id != null && !id.isEmpty()) out.append(" id=\"").append(attribute(id)).append('"');
        out.append('>');
        children(h);
        out.append("</h").append(level).append(">\n");
    }

    /** CoreNodeRenderer.render(Paragraph) for a loose paragraph: nothing when it has nothing to show. */
    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        out.append("<p>");
        children(p);
        out.append("</p>\n");
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) inline(n);
    }

    private void inline(Node n) {
        if (n instanceof Text) {
            // CoreNodeRenderer.render(Text)
            if (!appendedAsItIs(n.getChars())) out.append(text(unescape(n.getChars())));
        } else if (n instanceof TypographicSmarts s) {
            out.append(s.getTypographicText());
        } else if (n instanceof TypographicQuotes q) {
            if (q.getTypographicOpening() != null) out.append(q.getTypographicOpening());
            children(q);
            if (q.getTypographicClosing() != null) out.append(q.getTypographicClosing());
        } else if (n instanceof SoftLineBreak) {
            out.append('\n'); // the SOFT_BREAK option
        } else if (n instanceof HardLineBreak) {
            out.append("<br />\n");
        } else if (n instanceof Emphasis) {
            wrap("em", n);
        } else if (n instanceof StrongEmphasis) {
            wrap("strong", n);
        } else if (n instanceof Strikethrough) {
            wrap("del", n);
        } else if (n instanceof Code code) {
            out.append("<code>").append(text(Escaping.collapseWhitespace(code.getText(), true))).append("</code>");
        } else if (n instanceof Link link) {
            link(link);
        } else if (n instanceof HtmlEntity) {
            // CoreNodeRenderer.render(HtmlEntity) with UNESCAPE_HTML_ENTITIES: the character, escaped as text.
            out.append(text(n.getChars().unescape()));
        } else {
            // HtmlInline and HtmlInlineComment, escaped as text (the ESCAPE_HTML option).
            out.append(text(Escaping.normalizeEOL(n.getChars())));
        }
    }

    private void wrap(String tag, Node n) {
        out.append('<').append(tag).append('>');
        children(n);
        out.append("</").append(tag).append('>');
    }

    /** CoreNodeRenderer.render(Link), with no link resolver and no percent-encoding. */
    private void link(Link link) {
        out.append("<a href=\"").append(attribute(link.getUrl().unescape())).append('"');
        if (link.getTitle().isNotNull()) out.append(" title=\"").append(attribute(link.getTitle().unescape())).append('"');
        out.append('>');
        children(link);
        out.append("</a>");
    }

    /**
     * Appends a text node's characters straight from the array {@link MarkdownRenderer#parse}
     * parses, when they hold nothing to unescape, normalise or escape (no backslash, '&amp;', CR,
     * U+0000, '&lt;', '&gt;' or '"'), and says whether it did. Most text is such, and one look at
     * it here replaces six: making a String of it, then {@link #unescape}'s and {@link #text}'s
     * searches of that String.
     */
    private boolean appendedAsItIs(BasedSequence chars) {
        char[] all = parsedArray(chars);
        if (all == null) return false;
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        for (int i = start; i < end; i++) {
            char c = all[i];
            if (c <= '\\' && (c == '\\' || c == '&' || c == '\r' || c == '\0' || c == '<' || c == '>' || c == '"')) {
                return false;
            }
        }
        out.append(all, start, end - start);
        return true;
    }

    /** BasedSequence.unescape() then Escaping.normalizeEOL, skipped when there is nothing to undo. */
    private static String unescape(BasedSequence chars) {
        String s = string(chars);
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0 && s.indexOf('\r') < 0) return s;
        return Escaping.normalizeEOL(chars.unescape());
    }

    /**
     * The characters as a String, as {@code chars.toString()} makes them (U+0000 read as U+FFFD),
     * copied from the array {@link MarkdownRenderer#parse} parses where they lie there in one
     * piece: flexmark's own toString appends them one {@code charAt} at a time, a tenth of the
     * Markdown stage's CPU under the client compiler.
     */
    private static String string(BasedSequence chars) {
        char[] all = parsedArray(chars);
        if (all != null) {
            String s = new String(all, chars.getStartOffset(), chars.getEndOffset() - chars.getStartOffset());
            return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /**
     * The array {@link MarkdownRenderer#parse} parsed, which the characters are a slice of between
     * their start and end offsets; null for a sequence of another kind (one flexmark made itself).
     */
    private static char[] parsedArray(BasedSequence chars) {
        return chars instanceof CharSubSequence && chars.getBase() instanceof char[] all ? all : null;
    }

    /** HtmlWriter.text: Escaping.escapeHtml(s, false), skipped when nothing needs escaping. */
    private static String text(String s) {
        return needsEscaping(s) ? Escaping.escapeHtml(s, false) : s;
    }

    /** An attribute value as HtmlAppendableBase writes it: Escaping.escapeHtml(s, true). */
    private static String attribute(String s) {
        return needsEscaping(s) ? Escaping.escapeHtml(s, true) : s;
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }
}
