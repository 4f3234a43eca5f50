package org.explainer.load;

import java.util.Optional;
import org.explainer.problem.ContentException;
import org.explainer.problem.Pos;
import org.explainer.problem.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses YAML 1.2 into a node tree and stops there: no Java object is ever constructed from a tag,
 * {@code no} stays the text "no", {@code 2016-07-05} stays text, and every node keeps its line and
 * column. The typed reading is {@link Fields}' job.
 */
public final class Yaml {

    /** Deeper than any content needs; a guard against nesting bombs. */
    static final int MAX_FLOW_DEPTH = 64;
    /** Aliases of lists and maps allowed per document: enough for sharing, far too few for a "billion laughs". */
    static final int MAX_COLLECTION_ALIASES = 20;

    /**
     * One set of settings for every file. Why not one per file with the file as its label: building
     * settings builds a fresh JSON schema and its resolvers, a tenth of the load stage at 10,000
     * milestones, and the label is only ever printed by the engine's own messages, which problems
     * do not show (they name the file and line themselves).
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setCodePointLimit((int) TextFile.MAX_BYTES)
            .setUseMarks(true)
            .setSchema(new QuickJsonSchema())
            .build();

    private Yaml() {
    }

    /**
     * Composes one YAML document.
     *
     * @param text      the YAML text
     * @param file      the file name for problems
     * @param firstLine the 1-based line of the file the text starts on
     * @return the root node, or empty for an empty document
     */
    public static Optional<Node> compose(String text, String file, int firstLine) {
        // The plain YAML that content is almost always written in is composed without snakeyaml's
        // machinery; the nodes are the same (see PlainYaml), and anything else goes to snakeyaml.
        Node plain = PlainYaml.compose(text, SETTINGS.getSchema().getScalarResolver());
        if (plain != null) return Optional.of(plain);
        checkFlowDepth(text, file, firstLine);
        try {
            return new Compose(SETTINGS).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Pos pos = mark == null ? new Pos(file, firstLine, 1)
                    : new Pos(file, mark.getLine() + firstLine, mark.getColumn() + 1);
            throw ContentException.single("load", Problem.at(pos, "YAML syntax: " + describe(e), hintFor(e)));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) {
                throw ContentException.single("load", Problem.at(tooManyAliasesAt(text, file, firstLine),
                        "the YAML repeats a list or map through aliases ('*name') more than "
                                + MAX_COLLECTION_ALIASES + " times", hintFor(e)));
            }
            throw ContentException.single("load", Problem.at(new Pos(file, firstLine, 1),
                    "YAML: " + firstLine(e.getMessage()), hintFor(e)));
        } catch (StackOverflowError e) {
            throw ContentException.single("load", Problem.at(new Pos(file, firstLine, 1),
                    "the YAML is nested too deeply", "content never needs more than a few levels"));
        } catch (RuntimeException e) {
            throw ContentException.single("load", Problem.at(new Pos(file, firstLine, 1),
                    "the YAML cannot be read: " + e.getClass().getSimpleName(), ""));
        }
    }

    /**
     * Where the alias over the limit is written. The composer's exception carries no position, so
     * the text is parsed again into events (cheap: events never expand aliases) and counted the
     * same way the composer counts: aliases that point at a list or a map.
     */
    private static Pos tooManyAliasesAt(String text, String file, int firstLine) {
        java.util.Set<org.snakeyaml.engine.v2.common.Anchor> collections = new java.util.HashSet<>();
        int count = 0;
        try {
            for (Event event : new Parse(LoadSettings.builder().setUseMarks(true).build()).parseString(text)) {
                if (event instanceof CollectionStartEvent start) {
                    start.getAnchor().ifPresent(collections::add);
                } else if (event instanceof AliasEvent alias && collections.contains(alias.getAlias())
                        && ++count > MAX_COLLECTION_ALIASES && event.getStartMark().isPresent()) {
                    Mark m = event.getStartMark().get();
                    return new Pos(file, m.getLine() + firstLine, m.getColumn() + 1);
                }
            }
        } catch (RuntimeException e) {
            // The composer already failed on this text; fall back to its first line.
        }
        return new Pos(file, firstLine, 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String text = problem == null || problem.isBlank() ? context : problem;
        if (context != null && !context.isBlank() && problem != null && !problem.isBlank()) {
            text = problem + " (" + context + ")";
        }
        return text == null ? "unreadable YAML" : text.strip();
    }

    private static String hintFor(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("\\t") || m.contains("tab")) return "indent with spaces, never tabs";
        if (m.contains("aliases")) return "anchors and aliases are limited; write the values out";
        if (m.contains("duplicate") || m.contains("Duplicate")) return "each key may appear once";
        if (m.contains("quoted scalar")) return "close the quote, or escape a \" inside it as \\\"";
        if (m.contains("mapping values are not allowed")) return "put text containing ': ' in double quotes";
        if (m.contains("expected <block end>, but found")) {
            return "a quote opened on an earlier line may not be closed, or this line is indented differently";
        }
        return "check the indentation and quotes around this line";
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable YAML";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /**
     * Refuses deeply nested flow collections before the recursive parser sees them, and block
     * nesting, which shows as indentation, at the first line indented too far. One pass over the text.
     */
    private static void checkFlowDepth(String text, String file, int firstLine) {
        int depth = 0;
        int line = firstLine;
        int col = 0;
        boolean inIndent = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            col++;
            if (c == '\n') {
                line++;
                col = 0;
                inIndent = true;
                continue;
            }
            if (inIndent) {
                if (c == ' ' || c == '-') {
                    if (col > 4 * MAX_FLOW_DEPTH) {
                        throw ContentException.single("load", Problem.at(new Pos(file, line, 1),
                                "the YAML is nested more than " + MAX_FLOW_DEPTH + " levels deep",
                                "content never needs more than a few levels"));
                    }
                    continue;
                }
                inIndent = false;
            }
            if (c == '[' || c == '{') {
                if (++depth > MAX_FLOW_DEPTH) {
                    throw ContentException.single("load", Problem.at(new Pos(file, line, col),
                            "the YAML is nested more than " + MAX_FLOW_DEPTH + " levels deep",
                            "content never needs more than a few levels"));
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }
}
