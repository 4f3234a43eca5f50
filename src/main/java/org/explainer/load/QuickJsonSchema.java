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
        if (value.isEmpty() || SPECIAL_STARTS.indexOf(value.charAt(0)) >= 0) return full.resolve(value, implicit);
        return Tag.STR;
    };

    @Override
    public ScalarResolver getScalarResolver() {
        return quick;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return json.getSchemaTagConstructors();
    }
}
