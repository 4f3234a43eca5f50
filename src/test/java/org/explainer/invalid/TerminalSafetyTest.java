package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems quote what contributors wrote. What reaches an editor's terminal must stay one line per
 * problem and carry no escape sequence or bidirectional override that could repaint the screen or
 * disguise a file name: such characters are shown as {@code <U+XXXX>}.
 */
class TerminalSafetyTest {

    private static String stderrOfCheck(Sites.Site site) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "check", "--content", site.content().toString(),
                "--templates", site.templates().toString());
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.PROBLEMS, code, text);
        return text;
    }

    @Test
    void showsEscapeSequencesInFileNamesAndFieldsAsText(@TempDir Path work) throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        Files.writeString(site.content().resolve("pages/\u001b[2Jevil\u202e.md"), "---\ntitle: \"x\"\n---\nText.\n");
        Files.writeString(site.content().resolve("figures.yaml"), """
                - id: strike-days
                  value: "1 day"
                  label: "Length of the strike"
                  source: depot-report
                  "\\e[31mred": x
                """);
        String err = stderrOfCheck(site);
        assertFalse(err.chars().anyMatch(c -> c == 0x1b || c == 0x202e), err);
        assertTrue(err.contains("pages/<U+001B>[2Jevil<U+202E>.md: '<U+001B>[2Jevil<U+202E>' is not a valid id\n"), err);
        assertTrue(err.contains("figures.yaml:5:3: unknown field '<U+001B>[31mred'\n"), err);
    }

    @Test
    void keepsEachProblemOnOneLine(@TempDir Path work) throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        Files.writeString(site.content().resolve("actors/ann-lee.md"),
                "---\nname: \"Ann Lee\"\nkind: |\n  robot\n  arm\nrole: \"Boss\"\nside: company\n---\nText.\n");
        String err = stderrOfCheck(site);
        assertTrue(err.contains("actors/ann-lee.md:3:7: the field 'kind' must be one of person, organisation,"
                + " not 'robot arm '\n"), err);
        assertEquals(2, err.lines().count(), err);
    }
}
