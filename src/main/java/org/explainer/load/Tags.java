package org.explainer.load;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.explainer.problem.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Refuses YAML tags other than the plain core ones. The loader never constructs objects from tags
 * anyway; refusing them tells a contributor plainly that {@code !!java.net.URL} is not content.
 */
final class Tags {

    private static final Set<Tag> CORE = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private Tags() {
    }

    static void check(Node root, String file, int firstLine, Problems problems) {
        walk(root, file, firstLine, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * @param seen the anchored nodes walked so far. Only an anchored node can be reached twice (each
     *             alias is its anchor's node again), so only those are remembered: a set of every
     *             node cost more than the check itself on a long list.
     */
    private static void walk(Node n, String file, int firstLine, Problems problems, Set<Node> seen) {
        if (n.getAnchor().isPresent() && !seen.add(n)) return; // an alias: already checked, and never walked twice
        if (!CORE.contains(n.getTag())) {
            problems.add(Fields.position(n, file, firstLine), "YAML tags are not allowed here ('"
                    + n.getTag().getValue().replace("tag:yaml.org,2002:", "!!") + "')", "remove the tag and write plain text");
        }
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                walk(t.getKeyNode(), file, firstLine, problems, seen);
                walk(t.getValueNode(), file, firstLine, problems, seen);
            }
        } else if (n instanceof SequenceNode s) {
            for (Node child : s.getValue()) walk(child, file, firstLine, problems, seen);
        }
    }
}
