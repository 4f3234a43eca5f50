package org.explainer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The node tree snakeyaml-engine composes, made directly for the plain YAML that content is
 * almost always written in: a mapping of {@code key: value} lines, or a list of such mappings
 * ({@code - id: ...}), whose values are plain words, double-quoted text without escapes, or lists
 * of plain words ({@code [a, b]}). Anything else (comments, nesting, block text, quotes with
 * escapes, anchors, tags, tabs...) answers null, and snakeyaml composes the document instead.
 *
 * <p>Why: composing a milestone's five-line front matter took snakeyaml some 20 microseconds
 * (a scanner, a parser and a composer set up per document, each character read as a code point
 * and every token marked), and its 20,000 quotes a fifth of a second per megabyte; the load stage
 * was the second costliest of a 10,000-milestone build, and allocated more than any other.
 *
 * <p>The nodes are those snakeyaml makes for the same text: the same kinds, values, tags (plain
 * words resolved by the same schema), styles and marks (line, column and index of where each node
 * starts and ends). {@code PlainYamlTest} compares the two on random documents. The marks carry no
 * copy of the text: they are read for positions, never printed, since such a document has no error.
 */
final class PlainYaml {

    private final String text;
    private final ScalarResolver resolver;
    /** Where the line being read starts, and its number from 0. */
    private int lineStart;
    private int line;

    private PlainYaml(String text, ScalarResolver resolver) {
        this.text = text;
        this.resolver = resolver;
    }

    /**
     * The document's root node as snakeyaml would compose it, or null when the text is not plain
     * YAML of the forms above (snakeyaml is then asked). Also null for an empty document.
     */
    static Node compose(String text, ScalarResolver resolver) {
        try {
            return new PlainYaml(text, resolver).document();
        } catch (NotPlain e) {
            return null;
        }
    }

    /** Thrown to give up: the text needs the real parser. */
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private static NotPlain notPlain() {
        return NotPlain.INSTANCE;
    }

    private Node document() throws NotPlain {
        if (text.isEmpty() || text.indexOf('#') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0
                || text.charAt(text.length() - 1) != '\n') {
            throw notPlain();
        }
        Node root = text.startsWith("- ") ? listOfMappings() : mapping(0);
        if (lineStart != text.length()) throw notPlain();
        return root;
    }

    /** Lines "- key: value" each followed by "  key: value" lines: a block sequence of block mappings. */
    private Node listOfMappings() throws NotPlain {
        Mark start = mark(lineStart);
        List<Node> items = new ArrayList<>();
        while (lineStart < text.length() && text.startsWith("- ", lineStart)) {
            items.add(mapping(2));
        }
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, Optional.of(start), Optional.of(endMark()));
    }

    /**
     * The mapping whose keys start at {@code column} on this line and the following lines; for a
     * list item (column 2) the first line starts with "- ", the others with two spaces.
     */
    private Node mapping(int column) throws NotPlain {
        Mark start = mark(lineStart + column);
        List<NodeTuple> tuples = new ArrayList<>();
        boolean first = true;
        while (lineStart < text.length()) {
            if (column == 2) {
                String lead = first ? "- " : "  ";
                if (!text.startsWith(lead, lineStart)) break;
            }
            if (column == 0 && text.charAt(lineStart) == ' ') throw notPlain();
            if (column == 0 && text.startsWith("- ", lineStart)) throw notPlain();
            tuples.add(entry(lineStart + column));
            first = false;
        }
        if (tuples.isEmpty()) throw notPlain();
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(start), Optional.of(endMark()));
    }

    /** One "key: value" line, starting at {@code at}; moves to the next line. */
    private NodeTuple entry(int at) throws NotPlain {
        int end = text.indexOf('\n', at);
        int colon = text.indexOf(": ", at);
        if (colon < 0 || colon > end) throw notPlain();
        for (int i = at; i < colon; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                throw notPlain();
            }
        }
        if (colon == at || text.charAt(at) == '-') throw notPlain();
        Node key = plain(at, colon);
        int v = colon + 2;
        while (v < end && text.charAt(v) == ' ') v++;
        int valueEnd = end;
        while (valueEnd > v && text.charAt(valueEnd - 1) == ' ') valueEnd--;
        if (v == valueEnd) throw notPlain(); // an empty value: null, or a nested block
        Node value;
        char c = text.charAt(v);
        if (c == '"') {
            value = quoted(v, valueEnd);
        } else if (c == '[') {
            value = flowList(v, valueEnd);
        } else {
            value = plainValue(v, valueEnd);
        }
        nextLine(end);
        return new NodeTuple(key, value);
    }

    private void nextLine(int newline) {
        lineStart = newline + 1;
        line++;
    }

    /** "text": no backslash, no other quote, and the line ends after the closing quote. */
    private Node quoted(int from, int to) throws NotPlain {
        if (to - from < 2 || text.charAt(to - 1) != '"') throw notPlain();
        for (int i = from + 1; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || !printable(c)) throw notPlain();
        }
        String value = text.substring(from + 1, to - 1);
        return new ScalarNode(Tag.STR, true, value, ScalarStyle.DOUBLE_QUOTED, Optional.of(mark(from)),
                Optional.of(mark(to)));
    }

    /** [word, word]: plain words of letters, digits and {@code _ - . /}, on one line. */
    private Node flowList(int from, int to) throws NotPlain {
        if (text.charAt(to - 1) != ']') throw notPlain();
        List<Node> items = new ArrayList<>();
        int i = from + 1;
        while (i < to - 1 && text.charAt(i) == ' ') i++;
        while (i < to - 1) {
            int wordStart = i;
            while (i < to - 1 && isWordChar(text.charAt(i))) i++;
            if (i == wordStart || text.charAt(wordStart) == '-' || text.charAt(wordStart) == '.') throw notPlain();
            items.add(plain(wordStart, i));
            while (i < to - 1 && text.charAt(i) == ' ') i++;
            if (i == to - 1) break;
            if (text.charAt(i) != ',') throw notPlain();
            i++;
            while (i < to - 1 && text.charAt(i) == ' ') i++;
            if (i == to - 1) throw notPlain(); // a trailing comma
        }
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(mark(from)), Optional.of(mark(to)));
    }

    /**
     * Whether YAML reads the character as itself inside a scalar: printable, not a line break of
     * YAML's own (U+0085, U+2028, U+2029), not a byte-order mark, not half of a surrogate pair
     * (snakeyaml counts columns in code points, this class in chars: pairs are left to it).
     */
    private static boolean printable(char c) {
        if (c < 0x80) return c >= ' ' && c != 0x7F;
        return c >= 0xA0 && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF'
                && !Character.isSurrogate(c);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.' || c == '/';
    }

    /**
     * A plain scalar to the end of the line: it may not start with an indicator, hold ": " or end
     * with ':', and holds only printable ASCII besides letters beyond it (which YAML reads as text).
     */
    private Node plainValue(int from, int to) throws NotPlain {
        char first = text.charAt(from);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) throw notPlain();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!printable(c)) throw notPlain();
            if (c == ':' && (i + 1 == to || text.charAt(i + 1) == ' ')) throw notPlain();
        }
        return plain(from, to);
    }

    private Node plain(int from, int to) {
        String value = text.substring(from, to);
        return new ScalarNode(resolver.resolve(value, true), true, value, ScalarStyle.PLAIN, Optional.of(mark(from)),
                Optional.of(mark(to)));
    }

    /** A mark at {@code index} on the current line. */
    private Mark mark(int index) {
        return new Mark("reader", index, line, index - lineStart, (int[]) null, 0);
    }

    /** Where a block collection ends for snakeyaml: the start of the line after it. */
    private Mark endMark() {
        return new Mark("reader", lineStart, line, 0, (int[]) null, 0);
    }
}
