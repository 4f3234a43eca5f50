package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import org.explainer.Main;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an editor sees at the terminal for broken content: exit code 1, each problem as
 * {@code path:line:col: message} with its hint beneath, and never a Java stack trace.
 */
class CommandLineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yaml-unclosed-quote", "yaml-tab-indent", "invalid-utf8", "dangling-reference",
            "alias-bomb", "yaml-java-tag", "misquote", "template-missing-variable"})
    void printsProblemsWithoutAStackTraceAndExitsWithOne(String name, @TempDir Path work) {
        Sites.Site site = Sites.assemble(name, work);
        Path out = work.resolve("out/site");
        Sites.buildBase(work.resolve("base"), out);
        SortedMap<String, String> before = Sites.snapshot(work.resolve("out"));

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), "build", "--content", site.content().toString(),
                "--templates", site.templates().toString(), "--out", out.toString());
        String err = stderr.toString(StandardCharsets.UTF_8);

        assertEquals(Main.PROBLEMS, code, err);
        Path base = name.startsWith("template-") ? site.templates() : site.content();
        for (String line : Sites.expected(name)) {
            Problem p = parse(line);
            String shown = base.resolve(p.file()) + ":" + p.line() + ":" + p.column() + ": " + p.message();
            assertTrue(err.contains(shown + "\n"), "missing <" + shown + "> in:\n" + err);
            assertTrue(err.contains("    hint: " + p.hint() + "\n"), "missing hint <" + p.hint() + "> in:\n" + err);
        }
        assertTrue(err.endsWith("found; nothing was written, the output folder is as it was.\n"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertEquals(before, Sites.snapshot(work.resolve("out")), "the previous output must be untouched");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"duplicate-key", "deep-flow-nesting"})
    void checkReportsTheSameProblemsAndExitsWithOne(String name, @TempDir Path work) {
        Sites.Site site = Sites.assemble(name, work);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), "check", "--content", site.content().toString(),
                "--templates", site.templates().toString());
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(Main.PROBLEMS, code, err);
        Problem p = parse(Sites.expected(name).get(0));
        assertTrue(err.startsWith(site.content().resolve(p.file()) + ":" + p.line() + ":" + p.column() + ": "
                + p.message() + "\n"), err);
        assertFalse(err.contains("\tat "), err);
    }

    /** Reads back a line of expected.txt, {@code file:line:col: message (hint: hint)}. */
    static Problem parse(String line) {
        var m = java.util.regex.Pattern.compile("(.+?):(\\d+):(\\d+): (.*?)(?: \\(hint: (.*)\\))?").matcher(line);
        assertTrue(m.matches(), line);
        return new Problem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                m.group(5));
    }
}
