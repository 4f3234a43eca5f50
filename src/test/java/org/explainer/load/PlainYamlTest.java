package org.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.junit.jupiter.api.Test;

class PlainYamlTest {

    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true)
            .setSchema(new QuickJsonSchema()).build();

    private static Node plain(String yaml) {
        return PlainYaml.compose(yaml, SETTINGS.getSchema().getScalarResolver());
    }

    private static Node snakeyaml(String yaml) {
        return new Compose(SETTINGS).composeString(yaml).orElse(null);
    }

    /** Everything of a node the loader could read, and the marks in full, as text to compare. */
    private static String describe(Node n) {
        StringBuilder s = new StringBuilder();
        describe(n, s);
        return s.toString();
    }

    private static void describe(Node n, StringBuilder s) {
        s.append(n.getClass().getSimpleName()).append(' ').append(n.getTag()).append(' ')
                .append(mark(n.getStartMark())).append('-')
                .append(mark(n.getEndMark()));
        if (n instanceof ScalarNode sc) {
            s.append(' ').append(sc.getScalarStyle()).append(" '").append(sc.getValue()).append("'\n");
        } else if (n instanceof SequenceNode seq) {
            s.append(' ').append(seq.getFlowStyle()).append(" [\n");
            for (Node c : seq.getValue()) describe(c, s);
            s.append("]\n");
        } else if (n instanceof MappingNode m) {
            s.append(' ').append(m.getFlowStyle()).append(" {\n");
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), s);
                describe(t.getValueNode(), s);
            }
            s.append("}\n");
        }
    }

    private static String mark(Optional<Mark> m) {
        return m.map(x -> x.getLine() + ":" + x.getColumn() + "@" + x.getIndex()).orElse("none");
    }

    private static void assertSameNodes(String yaml) {
        Node fast = plain(yaml);
        assertNotNull(fast, () -> "plain YAML declined: " + yaml);
        assertEquals(describe(snakeyaml(yaml)), describe(fast), yaml);
    }

    @Test
    void composesFrontMatterAsSnakeyamlDoes() {
        assertSameNodes("title: \"Junior doctors: the first strike\"\ndate: 2016-01-12\nactors: [bma, hunt, nhs-employers]\n"
                + "sources: [bbc-live-2016-02-11]\nkind: strike\nstatus: happened\norder: 3\nflag: true\nnothing: null\n");
    }

    @Test
    void composesAListOfQuotesAsSnakeyamlDoes() {
        assertSameNodes("- id: q1\n  actor: a1\n  text: \"It's not about pay, it's about safety.\"\n  date: 2015-09-26\n"
                + "  source: s1\n  milestone: m1\n- id: q2\n  actor: a2\n  text: \"Caf\u00e9 \u201Ccurly\u201D & <tags>\"\n"
                + "  date: 2016-02\n  source: s2\n  issues: [pay, hours]\n");
    }

    @Test
    void declinesWhatItDoesNotMakeAndSnakeyamlThenReads() {
        for (String yaml : List.of("a: b # comment\n", "a:\n  b: c\n", "a: |\n  block\n", "a: 'single'\n",
                "a: \"esc\\\"aped\"\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: b\n  continued\n", "a: [b, [c]]\n",
                "a: {b: c}\n", "a:\n- b\n", "- a\n- b\n", "a: b", "a: b\n\nc: d\n", "a: b\r\n", "\"a\": b\n",
                "a: \"\u2028\"\n", "a: \"\uD83D\uDE00\"\n", "a: b: c\n", "a: b:\n", "? a\n: b\n", "<<: x\n", "a:\tb\n",
                "a: [b,]\n", "a: -b\n", "--- \na: b\n", "a: ~b\n".repeat(0) + "a: @b\n")) {
            assertNull(plain(yaml), yaml);
        }
    }

    @Test
    void agreesWithSnakeyamlOnRandomPlainDocuments() {
        String[] keys = {"id", "title", "date", "actors", "a", "Key_2", "x-y", "123", "true", "null", "k"};
        String[] values = {"plain words", "2016-07-05", "2016", "012", "0x1F", "1.5e3", "-1", "true", "false", "null",
            "no", "yes", "~", "\"quoted, with: colon\"", "\"\"", "\"caf\u00e9 \u2019s\"", "[a, b]", "[]", "[ a ,b ]",
            "[a1/b.c, x-y]", "a, b", "http://example.org/x?y=1", "tag!", "50%", "a:b", "x ", "\"#not a comment\"",
            "Infinity", ".inf", "1_000", "+1", "0.5", "a'b", "\u00A0x", "\u0085", "\"tab\tin\"", "[a, -b]",
            "[a,,b]", "\"a\"b\"", "b #c", "&a", "*a", "!b", "|", ">", "'s'", "@x", "`x`", "%x", "{a}", "]x", "?x"};
        Random random = new Random(11);
        int fast = 0;
        int total = 20_000;
        for (int n = 0; n < total; n++) {
            StringBuilder yaml = new StringBuilder();
            boolean list = random.nextBoolean();
            int items = list ? 1 + random.nextInt(4) : 1;
            for (int item = 0; item < items; item++) {
                int lines = 1 + random.nextInt(6);
                for (int l = 0; l < lines; l++) {
                    yaml.append(list ? (l == 0 ? "- " : "  ") : "").append(keys[random.nextInt(keys.length)])
                            .append(random.nextInt(10) == 0 ? ":  " : ": ").append(values[random.nextInt(values.length)])
                            .append(random.nextInt(20) == 0 ? " " : "").append('\n');
                }
            }
            String doc = yaml.toString();
            Node made = plain(doc);
            if (made == null) continue;
            fast++;
            Node read;
            try {
                read = snakeyaml(doc);
            } catch (RuntimeException e) {
                throw new AssertionError("plain YAML made nodes of a document snakeyaml refuses: " + doc, e);
            }
            assertEquals(describe(read), describe(made), doc);
        }
        assertTrue(fast > total / 10, "plain YAML made " + fast + " of " + total + " documents");
    }

    @Test
    void composesEveryFileOfTheRealContentAsSnakeyamlDoes() throws Exception {
        List<String> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                String text = Files.readString(p);
                if (name.endsWith(".yaml")) docs.add(text);
                if (name.endsWith(".md")) docs.add(FrontMatter.split(new TextFile(name, text)).yaml());
            }
        }
        int fast = 0;
        for (String doc : docs) {
            Node made = plain(doc);
            if (made == null) continue;
            fast++;
            assertEquals(describe(snakeyaml(doc)), describe(made), doc);
        }
        assertTrue(fast > docs.size() / 2, "plain YAML made " + fast + " of " + docs.size() + " documents");
    }
}
