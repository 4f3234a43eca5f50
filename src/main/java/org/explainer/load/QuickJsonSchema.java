package org.explainer.load;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * snakeyaml-engine's default JSON schema, resolving plain scalars with fewer regular expressions.
 *
 * <p>Why: the default resolver tries at least one regular expression on every plain scalar of
 * every file; at 20,000 quotes that was a fifth of the load stage. A scalar can only resolve to
 * something other than a string when it is empty or starts with one of the characters under which
 * the JSON schema registers its expressions ({@code true}, {@code false}, {@code null}, numbers,
 * {@code ${ENV}}); every other scalar is a string without asking. {@code QuickJsonSchemaTest}
 * checks both resolve alike.
 */
final class QuickJsonSchema implements Schema {

    /** The first characters the JSON schema's implicit resolvers are registered under. */
    static final String SPECIAL_STARTS = "tfn-0123456789.$";

    private final Schema json = new JsonSchema();
    private final ScalarResolver full = json.getScalarResolver();
    private final ScalarResolver quick = (value, implicit) -> {
        if (!implicit) return Tag.STR;
        if (value.isEmpty()) return full.resolve(value, implicit);
        char first = value.charAt(0);
        if (SPECIAL_STARTS.indexOf(first) < 0) return Tag.STR;
        // A date (2016-07-05) starts like a number, but a hyphen inside one can only follow an
        // exponent's e; every dated item has a date, and each went through the expressions.
        if (first != '$' && hyphenInside(value)) return Tag.STR;
        return full.resolve(value, implicit);
    };

    /** Whether a hyphen follows the first character somewhere other than after an 'e' or 'E'. */
    private static boolean hyphenInside(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '-' && value.charAt(i - 1) != 'e' && value.charAt(i - 1) != 'E') return true;
        }
        return false;
    }

    @Override
    public ScalarResolver getScalarResolver() {
        return quick;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return json.getSchemaTagConstructors();
    }
}
