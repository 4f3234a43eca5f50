package org.explainer.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.explainer.build.Builder;
import org.explainer.load.Yaml;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases that git should not hold (megabytes, symbolic links) or that are bigger than the
 * committed ones, made here on a temporary copy of the base site.
 */
class LimitsTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path work;

    private List<String> problems(Sites.Site site) {
        ContentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Builder.build(site.into(work.resolve("out")))));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        String big = "---\ntitle: \"About\"\n---\n" + "word ".repeat(210_000);
        Files.writeString(site.content().resolve("pages/about.md"), big);
        assertEquals(List.of("pages/about.md: the file is 1050023 bytes, over the limit of 1048576 bytes"
                + " (hint: split it into several files, or keep large documents out of content/)"), problems(site));
    }

    @Test
    void refusesASymbolicLinkLeadingOutOfTheContentFolder() throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        Path outside = work.resolve("outside.md");
        Files.writeString(outside, "---\ntitle: \"Secret\"\n---\nSecret text.\n");
        Path link = site.content().resolve("pages/secret.md");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links");
        }
        assertEquals(List.of("pages/secret.md: the file is a symbolic link to a place outside the content folder"
                + " (hint: copy the file into content/ instead of linking to it)"), problems(site));
    }

    @Test
    void refusesEveryFileOfAFolderLinkedFromOutside() throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        Path away = work.resolve("away-pages");
        Files.move(site.content().resolve("pages"), away);
        try {
            Files.createSymbolicLink(site.content().resolve("pages"), away);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links");
        }
        List<String> expected;
        try (var files = Files.list(away)) {
            expected = files.map(f -> "pages/" + f.getFileName()).sorted()
                    .map(name -> name + ": the file is a symbolic link to a place outside the content folder"
                            + " (hint: copy the file into content/ instead of linking to it)")
                    .toList();
        }
        assertFalse(expected.isEmpty(), "the base site has pages");
        assertEquals(expected, problems(site));
    }

    @Test
    void refusesAnAssetLinkedFromOutside() throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, "not for publishing");
        Files.createDirectories(site.content().resolve("assets"));
        try {
            Files.createSymbolicLink(site.content().resolve("assets/photo.jpg"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links");
        }
        assertEquals(List.of("assets/photo.jpg: the file is a symbolic link to a place outside the content folder"
                + " (hint: copy the file into content/ instead of linking to it)"), problems(site));
    }

    @Test
    void neverConstructsTheClassATagNames() {
        int before = Canary.CONSTRUCTED.get();
        Sites.Site site = Sites.assemble("yaml-canary-tag", work);
        assertEquals(Sites.expected("yaml-canary-tag"), problems(site));
        String direct = "value: !!org.explainer.invalid.Canary [\"x\"]\nother: !!org.explainer.invalid.Canary {}\n";
        Yaml.compose(direct, "x.yaml", 1);
        assertEquals(before, Canary.CONSTRUCTED.get(), "a tag constructed a Java object");
    }

    @Test
    void stopsAFullBillionLaughsQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 30; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        ContentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Yaml.compose(yaml.toString(), "figures.yaml", 1)));
        assertEquals("figures.yaml:4:10: the YAML repeats a list or map through aliases ('*name') more than 20 times"
                + " (hint: anchors and aliases are limited; write the values out)", e.problems().get(0).toString());
    }

    @Test
    void stopsDeepNestingWithoutOverflowingTheStack() {
        String flow = "order: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";
        ContentException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Yaml.compose(flow, "pages/about.md", 2)));
        assertEquals("pages/about.md:2:72: the YAML is nested more than 64 levels deep"
                + " (hint: content never needs more than a few levels)", e.problems().get(0).toString());

        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 5_000; i++) block.append("  ".repeat(i)).append("k:\n");
        ContentException b = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Yaml.compose(block.toString(), "pages/about.md", 2)));
        assertEquals("pages/about.md:131:1: the YAML is nested more than 64 levels deep"
                + " (hint: content never needs more than a few levels)", b.problems().get(0).toString());

        String sequences = "- ".repeat(2_000) + "x\n";
        ContentException s = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ContentException.class, () -> Yaml.compose(sequences, "quotes/q.yaml", 1)));
        assertEquals("quotes/q.yaml:1:1: the YAML is nested more than 64 levels deep"
                + " (hint: content never needs more than a few levels)", s.problems().get(0).toString());
    }

    @Test
    void refusesTooLongIds() throws IOException {
        Sites.Site site = Sites.assemble(null, work);
        String id = "a".repeat(101);
        Files.writeString(site.content().resolve("pages/" + id + ".md"), "---\ntitle: \"Long\"\n---\nText.\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("pages/" + id + ".md: the id is longer than 100 characters (hint: shorten it to a few words joined by hyphens)"),
                problems(site));
    }
}
