package org.explainer.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.explainer.model.Ids;
import org.explainer.model.Markdown;
import org.explainer.model.PartialDate;
import org.explainer.model.Ref;
import org.explainer.problem.Pos;
import org.explainer.problem.Problems;
import org.explainer.problem.Suggest;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reading of one YAML mapping (a front matter, or one entry of a list), reporting every wrong
 * field at its own line and column instead of stopping at the first. Values are taken as the text
 * written, so YAML 1.1's surprises cannot happen: {@code no} is "no", {@code 012} is "012".
 *
 * <p>Ask for each field once; {@link #finish()} then reports the fields nobody asked for, with the
 * closest allowed name, and the required fields that are missing.
 */
public final class Fields {

    /** Ids become folder names; keep them short enough for every file system. */
    public static final int MAX_ID_LENGTH = 100;

    private final MappingNode node;
    private final String file;
    private final int firstLine;
    private final Problems problems;
    private final Set<String> allowed;
    private final IdTable ids;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();

    private Fields(MappingNode node, String file, int firstLine, Problems problems, Set<String> allowed,
                   IdTable ids) {
        this.node = node;
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
        this.allowed = allowed;
        this.ids = ids;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(pos(tuple.getKeyNode()), "a field name must be plain text");
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.add(pos(key), "the field '" + key.getValue() + "' is given twice (first on line "
                        + pos(first.getKeyNode()).line() + ")", "keep one of them");
            }
        }
    }

    /**
     * Starts reading a node that must be a mapping; reports it and returns empty otherwise.
     *
     * @param what how to name the node in a problem, e.g. "the front matter"
     * @param ids  the load's shared copies of ids, which references take theirs from
     */
    static Optional<Fields> of(Node node, String what, String file, int firstLine, Problems problems,
                               Set<String> allowed, IdTable ids) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Fields(mapping, file, firstLine, problems, allowed, ids));
        }
        problems.add(position(node, file, firstLine), what + " must be a set of 'field: value' lines, not "
                + describe(node), "write each field as 'name: value' on its own line");
        return Optional.empty();
    }

    /** Reads a mapping nested inside this one (an entry of a list field), in the same file. */
    public Optional<Fields> nested(Node n, String what, Set<String> allowedFields) {
        return of(n, what, file, firstLine, problems, allowedFields, ids);
    }

    /** Where the mapping starts. */
    public Pos at() {
        return pos(node);
    }

    public Pos pos(Node n) {
        return position(n, file, firstLine);
    }

    /**
     * Where a node starts in its file. Written without {@code Optional.map} and a lambda: this runs
     * for every field of every item, and under the client compiler each capture of a lambda is a
     * call into the JVM to allocate it.
     */
    static Pos position(Node n, String file, int firstLine) {
        Optional<Mark> start = n.getStartMark();
        if (start.isEmpty()) return new Pos(file, firstLine, 1);
        Mark m = start.get();
        return new Pos(file, m.getLine() + firstLine, m.getColumn() + 1);
    }

    /** Where a field's value is written, or the mapping's position if it is absent. */
    public Pos posOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? at() : pos(t.getValueNode());
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    private Optional<Node> value(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) return Optional.empty();
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s && s.isPlain() && isNull(s.getValue())) return Optional.empty();
        return Optional.of(v);
    }

    private static boolean isNull(String plain) {
        return plain.isEmpty() || plain.equals("~") || plain.equals("null") || plain.equals("Null")
                || plain.equals("NULL");
    }

    // ---- text -------------------------------------------------------------------------------------

    /** A required non-blank text field; "" after reporting when absent or wrong. */
    public String text(String key) {
        Optional<String> v = optionalText(key);
        if (v.isEmpty()) {
            if (!entries.containsKey(key)) missing.add(key);
            else if (value(key).isEmpty()) problems.add(posOf(key), "the field '" + key + "' is empty",
                    "give it a value, or remove the line if it is optional");
            return "";
        }
        if (v.get().isBlank()) {
            problems.add(posOf(key), "the field '" + key + "' is empty", "give it a value");
        }
        return v.get();
    }

    /** An optional text field. */
    public Optional<String> optionalText(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) return Optional.empty();
        if (v.get() instanceof ScalarNode s) return Optional.of(visible(s));
        problems.add(pos(v.get()), "the field '" + key + "' must be text, not " + describe(v.get()),
                v.get() instanceof SequenceNode ? "write one value, or put the text in quotes" : "");
        return Optional.empty();
    }

    /**
     * The scalar's text without control characters, reporting them: a YAML escape such as
     * {@code "\0"} would otherwise carry a NUL into pages, where it is invisible, breaks parsers
     * and can split what a browser and a checker think the text is.
     */
    private String visible(ScalarNode s) {
        String value = s.getValue();
        int bad = TextFile.firstControlCharacter(value);
        if (bad < 0) return value;
        problems.add(pos(s), String.format("the text contains an invisible control character (U+%04X)",
                (int) value.charAt(bad)), "delete it; in YAML it may be written as an escape such as \\0 or \\x01");
        return TextFile.withoutControlCharacters(value);
    }

    /** A text field that must be one of a few words; returns "" after reporting otherwise. */
    public Optional<String> word(String key, List<String> words) {
        Optional<String> v = optionalText(key);
        if (v.isPresent() && !words.contains(v.get())) {
            String hint = Suggest.didYouMean(v.get(), words);
            problems.add(posOf(key), "the field '" + key + "' must be one of " + String.join(", ", words)
                    + ", not '" + v.get() + "'", hint);
            return Optional.empty();
        }
        return v;
    }

    /** A required text field that must be one of a few words. */
    public Optional<String> requiredWord(String key, List<String> words) {
        if (!entries.containsKey(key)) {
            missing.add(key);
            return Optional.empty();
        }
        return word(key, words);
    }

    /** Markdown written inside YAML, positioned at its value. */
    public Optional<Markdown> markdown(String key) {
        Optional<Node> v = value(key);
        return optionalText(key).map(t -> markdownAt(v.get(), t));
    }

    Markdown markdownAt(Node v, String text) {
        if (v instanceof ScalarNode s) text = visible(s);
        Pos p = pos(v);
        if (v instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL
                || s.getScalarStyle() == ScalarStyle.FOLDED)) {
            p = new Pos(p.file(), p.line() + 1, 1);
        } else if (v instanceof ScalarNode s && s.getScalarStyle() != ScalarStyle.PLAIN) {
            p = new Pos(p.file(), p.line(), p.column() + 1);
        }
        return new Markdown(text, p);
    }

    // ---- numbers, flags and dates -----------------------------------------------------------------

    /** An optional whole number, read in base 10 whatever its leading zeros. */
    public Optional<Integer> integer(String key) {
        Optional<String> v = optionalText(key);
        if (v.isEmpty()) return Optional.empty();
        String s = v.get().trim();
        if (s.matches("-?\\d{1,9}")) return Optional.of(Integer.parseInt(s));
        problems.add(posOf(key), "the field '" + key + "' must be a whole number, not '" + s + "'", "e.g. " + key + ": 3");
        return Optional.empty();
    }

    /** A required whole number. */
    public Optional<Integer> requiredInteger(String key) {
        if (!entries.containsKey(key)) {
            missing.add(key);
            return Optional.empty();
        }
        return integer(key);
    }

    /** An optional true/false flag (only those two words, so "no" is never mistaken for false). */
    public boolean flag(String key) {
        Optional<String> v = optionalText(key);
        if (v.isEmpty()) return false;
        return switch (v.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(posOf(key), "the field '" + key + "' must be true or false, not '" + v.get() + "'", "");
                yield false;
            }
        };
    }

    /** A required date. */
    public Optional<PartialDate> date(String key) {
        if (!has(key) && !entries.containsKey(key)) {
            missing.add(key);
            return Optional.empty();
        }
        Optional<PartialDate> d = optionalDate(key);
        if (d.isEmpty() && entries.containsKey(key) && value(key).isEmpty()) {
            problems.add(posOf(key), "the field '" + key + "' is empty", "write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return d;
    }

    /** An optional date in YYYY, YYYY-MM or YYYY-MM-DD form, a real calendar date. */
    public Optional<PartialDate> optionalDate(String key) {
        Optional<String> v = optionalText(key);
        if (v.isEmpty()) return Optional.empty();
        Optional<PartialDate> d = PartialDate.parse(v.get());
        if (d.isEmpty()) {
            problems.add(posOf(key), "the field '" + key + "' is not a real date: '" + v.get() + "'",
                    "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2016-02-11, 2016-05 or 2016");
        }
        return d;
    }

    // ---- ids and references -------------------------------------------------------------------------

    /** A required id (of this item, or of the item referred to). */
    public Optional<Ref> ref(String key) {
        Optional<Ref> r = optionalRef(key);
        if (r.isEmpty() && !entries.containsKey(key)) missing.add(key);
        return r;
    }

    public Optional<Ref> optionalRef(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) return Optional.empty();
        return asRef(v.get(), key);
    }

    private Optional<Ref> asRef(Node n, String key) {
        if (!(n instanceof ScalarNode s)) {
            problems.add(pos(n), "'" + key + "' must be an id, not " + describe(n), "");
            return Optional.empty();
        }
        Pos p = pos(n);
        if (!checkId(s.getValue(), p, problems)) return Optional.empty();
        return Optional.of(new Ref(ids.share(s.getValue()), p));
    }

    /** Reports an id that breaks the syntax; returns whether it is well formed. */
    public static boolean checkId(String id, Pos at, Problems problems) {
        if (Ids.isId(id) && id.length() <= MAX_ID_LENGTH) return true;
        String fixed = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String hint = "ids use lower-case letters, digits and single hyphens"
                + (fixed.isEmpty() || fixed.length() > MAX_ID_LENGTH ? "" : ", e.g. '" + fixed + "'");
        if (id.length() > MAX_ID_LENGTH) {
            problems.add(at, "the id is longer than " + MAX_ID_LENGTH + " characters",
                    "shorten it to a few words joined by hyphens");
        } else {
            problems.add(at, "'" + id + "' is not a valid id", hint);
        }
        return false;
    }

    /** A list of ids; with {@code required}, the list must be present and non-empty. */
    public List<Ref> refs(String key, boolean required) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            if (required) {
                if (!entries.containsKey(key)) missing.add(key);
                else problems.add(posOf(key), "the field '" + key + "' is empty", "list at least one id, e.g. [an-id]");
            }
            return List.of();
        }
        if (!(v.get() instanceof SequenceNode seq)) {
            String one = v.get() instanceof ScalarNode s ? s.getValue() : "...";
            problems.add(pos(v.get()), "the field '" + key + "' must be a list of ids", "write it as [" + one + "]");
            return List.of();
        }
        if (required && seq.getValue().isEmpty()) {
            problems.add(pos(seq), "the field '" + key + "' is empty", "list at least one id");
        }
        List<Ref> refs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node item : seq.getValue()) {
            asRef(item, key).ifPresent(r -> {
                if (seen.add(r.id())) refs.add(r);
                else problems.add(r.at(), "'" + r.id() + "' is listed twice in '" + key + "'", "");
            });
        }
        return List.copyOf(refs); // compact: items keep these lists, an archive holds a million refs
    }

    /** An optional list of text values. */
    public List<String> texts(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) return List.of();
        if (!(v.get() instanceof SequenceNode seq)) {
            problems.add(pos(v.get()), "the field '" + key + "' must be a list", "write it as [\"one\", \"two\"]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) out.add(s.getValue());
            else problems.add(pos(item), "each item of '" + key + "' must be text, not " + describe(item), "");
        }
        return out;
    }

    /** A mapping from names to text, in the order written, each value with its position. */
    public Map<String, Node> map(String key, boolean required) {
        return mapping(key, required, n -> n instanceof ScalarNode, (name, n) -> problems.add(pos(n), "'" + name
                + "' in '" + key + "' must be text, not " + describe(n), "use a | block for several paragraphs"));
    }

    /**
     * A mapping from names to values that may be text or a set of fields (such as an issue's
     * positions, each written as text or as {@code {text: ..., sources: [...]}}), in the order written.
     */
    public Map<String, Node> entries(String key, boolean required) {
        return mapping(key, required, n -> !(n instanceof SequenceNode), (name, n) -> problems.add(pos(n), "'" + name
                + "' in '" + key + "' must be text or a set of fields, not a list",
                "write the text, or 'text: ...' and 'sources: [ids]' on their own lines"));
    }

    /** The walk shared by {@link #map} and {@link #entries}: names must be text and unique; values pass {@code accepts}. */
    private Map<String, Node> mapping(String key, boolean required, java.util.function.Predicate<Node> accepts,
                                      java.util.function.BiConsumer<String, Node> refused) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            if (required) missing.add(key);
            return Map.of();
        }
        if (!(v.get() instanceof MappingNode m)) {
            problems.add(pos(v.get()), "the field '" + key + "' must be a set of 'name: value' lines, not "
                    + describe(v.get()), "");
            return Map.of();
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(pos(t.getKeyNode()), "a name in '" + key + "' must be plain text", "");
            } else if (!accepts.test(t.getValueNode())) {
                refused.accept(k.getValue(), t.getValueNode());
            } else if (out.putIfAbsent(k.getValue(), t.getValueNode()) != null) {
                problems.add(pos(k), "'" + k.getValue() + "' is given twice in '" + key + "'", "keep one");
            }
        }
        return out;
    }

    /** Where a key of a nested mapping is written. */
    public Pos keyPos(String key, String nested) {
        NodeTuple t = entries.get(key);
        if (t != null && t.getValueNode() instanceof MappingNode m) {
            for (NodeTuple n : m.getValue()) {
                if (n.getKeyNode() instanceof ScalarNode k && k.getValue().equals(nested)) return pos(k);
            }
        }
        return posOf(key);
    }

    public static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : "";
    }

    /** A list of mappings, such as the entries of {@code sources.yaml}. */
    public List<Node> list(String key, boolean required) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            if (required) missing.add(key);
            return List.of();
        }
        if (v.get() instanceof SequenceNode seq) return seq.getValue();
        problems.add(pos(v.get()), "the field '" + key + "' must be a list", "start each entry with '- '");
        return List.of();
    }

    // ---- closing ------------------------------------------------------------------------------------

    /** Reports unknown fields (with the closest allowed name) and missing required ones. */
    public void finish() {
        Set<String> suggestedFor = new LinkedHashSet<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (allowed.contains(key)) continue;
            List<String> close = Suggest.closest(key, allowed, 3);
            suggestedFor.addAll(close.isEmpty() ? List.of() : List.of(close.get(0)));
            String hint = close.isEmpty() ? "allowed fields: " + String.join(", ", allowed)
                    : Suggest.didYouMean(key, allowed);
            problems.add(pos(e.getValue().getKeyNode()), "unknown field '" + key + "'", hint);
        }
        for (String key : missing) {
            if (suggestedFor.contains(key)) continue; // the misspelt field already says it
            problems.add(at(), "the required field '" + key + "' is missing", "add a line '" + key + ": ...'");
        }
    }

    static String describe(Node n) {
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a set of fields";
        if (n instanceof ScalarNode s) return "the text '" + s.getValue() + "'";
        return "this";
    }
}
