package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The heading and list parsers that keep their factory from one document to the next parse as
 * flexmark's own do: in the same place among the block parsers, and to the same HTML on every
 * example of the CommonMark specification, one document after another and from several threads.
 */
class KeptBlockFactoriesTest {

    private static final MutableDataSet OPTIONS = MarkdownRenderer.options(true, true);
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    private static Parser flexmarks() {
        return SafeInlineParser.use(Parser.builder(OPTIONS), OPTIONS).build();
    }

    private static Parser kept() {
        return KeptBlockFactories.use(SafeInlineParser.use(Parser.builder(OPTIONS), OPTIONS)).build();
    }

    /**
     * flexmark tries the block parsers in an order it works out from their classes; a heading must
     * be tried before a list, a list before indented code. Read from the parser itself (a private
     * field: the order is not published), with each kept parser named by the class it extends.
     */
    @Test
    void triesTheBlockParsersInFlexmarksOrder() throws ReflectiveOperationException {
        List<String> flexmarks = blockParsers(flexmarks());
        assertEquals(7, flexmarks.size(), flexmarks.toString());
        assertEquals(flexmarks, blockParsers(kept()));
    }

    @Test
    void rendersEveryCommonMarkExampleAsFlexmarksOwnParsersDo() throws IOException {
        List<String> examples = commonMarkExamples();
        assertTrue(examples.size() > 600, "examples read: " + examples.size());
        Parser flexmarks = flexmarks();
        Parser kept = kept();
        for (int round = 0; round < 2; round++) { // the second round: factories kept from the first
            for (String markdown : examples) {
                assertEquals(HTML.render(flexmarks.parse(markdown)), HTML.render(kept.parse(markdown)), markdown);
            }
        }
    }

    @Test
    void rendersAlikeWhenThreadsShareTheParser() throws Exception {
        List<String> examples = commonMarkExamples();
        Parser flexmarks = flexmarks();
        List<String> expected = examples.stream().map(m -> HTML.render(flexmarks.parse(m))).toList();
        Parser kept = kept();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> parsers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int start = t * examples.size() / 4; // each thread starts at another example
                parsers.add(() -> {
                    int wrong = 0;
                    for (int k = 0; k < examples.size(); k++) {
                        int i = (start + k) % examples.size();
                        if (!expected.get(i).equals(HTML.render(kept.parse(examples.get(i))))) wrong++;
                    }
                    return wrong;
                });
            }
            for (Future<Integer> wrong : pool.invokeAll(parsers)) assertEquals(0, wrong.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> blockParsers(Parser parser) throws ReflectiveOperationException {
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        List<String> names = new ArrayList<>();
        for (Object factory : (List<?>) field.get(parser)) {
            Class<?> type = factory.getClass();
            if (type.getEnclosingClass() == KeptBlockFactories.class) type = type.getSuperclass();
            assertTrue(CustomBlockParserFactory.class.isAssignableFrom(type));
            names.add(type.getName());
        }
        return names;
    }

    /**
     * The Markdown of each example in the CommonMark specification 0.30, as flexmark's test
     * library ships it: between a fence line ending in "example" and a line holding a dot, with
     * tabs written as '→'.
     */
    static List<String> commonMarkExamples() throws IOException {
        String spec;
        try (InputStream in = KeptBlockFactoriesTest.class.getClassLoader().getResourceAsStream("spec.0.30.txt")) {
            if (in == null) throw new IOException("spec.0.30.txt is not on the test class path (flexmark-test-specs)");
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fence = "```````````````````````````````` example\n";
        List<String> examples = new ArrayList<>();
        for (int at = spec.indexOf(fence); at >= 0; at = spec.indexOf(fence, at + 1)) {
            int start = at + fence.length();
            int end = spec.startsWith(".\n", start) ? start : spec.indexOf("\n.\n", start) + 1;
            examples.add(spec.substring(start, end).replace('\u2192', '\t'));
        }
        return examples;
    }
}
