package org.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;

class QuickJsonSchemaTest {

    private final ScalarResolver quick = new QuickJsonSchema().getScalarResolver();
    private final ScalarResolver json = new JsonSchema().getScalarResolver();

    @Test
    void resolvesTheJsonSchemasSpecialScalarsAsItDoes() {
        for (String s : List.of("", "true", "false", "null", "0", "-12", "3.5", "1e5", ".inf", "-.inf", ".nan", "${HOME}")) {
            assertEquals(json.resolve(s, true), quick.resolve(s, true), s);
        }
        assertEquals(Tag.BOOL, quick.resolve("true", true));
        assertEquals(Tag.STR, quick.resolve("12", false), "quoted text is never resolved");
    }

    @Test
    void keepsDatesYesNoAndWordsAsText() {
        for (String s : List.of("2016-07-05", "2016-07", "-2016-07", "1e-5", "1E-5", "-1e-5", "1-e5", "${A:-b}", "no",
                "yes", "No", "True", "a00144", "Shift negotiation pay.", "~")) {
            assertEquals(json.resolve(s, true), quick.resolve(s, true), s);
        }
        assertEquals(Tag.STR, quick.resolve("no", true));
    }

    @Test
    void agreesWithTheJsonSchemaOnRandomScalars() {
        String alphabet = "tfnrueals-+0123456789.eE$_{}xyz :\u00e9";
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            boolean implicit = random.nextInt(10) > 0;
            assertEquals(json.resolve(s.toString(), implicit), quick.resolve(s.toString(), implicit), s.toString());
        }
    }
}
