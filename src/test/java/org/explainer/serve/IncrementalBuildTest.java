package org.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.load.LoadCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild reuses what did not change, and its result is byte for byte a full build's. */
class IncrementalBuildTest {

    @TempDir
    Path dir;
    Path content;
    Path templates;
    LiveSite site;

    @BeforeEach
    void copySite() throws IOException {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        Preview.copyTree(Path.of("content"), content);
        Preview.copyTree(Path.of("templates"), templates);
        BuildOptions options = BuildOptions.of(content, templates, dir.resolve("unused"));
        site = new LiveSite(options, (p, stage) -> p.file(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    @Test
    void rendersOnlyThePagesAnEditChanges() throws IOException {
        LiveSite.State first = site.rebuild();
        assertEquals(pages(first), first.rendered());

        LiveSite.State same = site.rebuild();
        assertEquals(0, same.rendered(), "nothing changed, nothing rendered");
        assertTrue(same.files().get("index.html") == first.files().get("index.html"), "unchanged pages are reused");

        edit("milestones/2002-consultants-reject-contract.md", "turned down the terms", "refused the terms");
        LiveSite.State edited = site.rebuild();
        assertTrue(edited.rendered() > 0 && edited.rendered() < pages(edited) / 4,
                edited.rendered() + " of " + pages(edited) + " pages rendered for one milestone's text");
        assertTrue(text(edited, "milestones/2002-consultants-reject-contract.html").contains("refused the terms"));
        assertTrue(edited.files().get("actors/jeremy-hunt.html") == first.files().get("actors/jeremy-hunt.html"));

        Files.writeString(templates.resolve("layout.ftlh"), Files.readString(templates.resolve("layout.ftlh"))
                .replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-edited>"));
        LiveSite.State retemplated = site.rebuild();
        assertEquals(pages(retemplated), retemplated.rendered(), "a changed template renders every page again");
    }

    @Test
    void aSequenceOfEditsEndsByteForByteEqualToAFullBuild() throws IOException {
        site.rebuild();
        edit("milestones/2002-consultants-reject-contract.md", "turned down the terms", "refused the terms");
        site.rebuild();
        edit("actors/jeremy-hunt.md", "name: \"Jeremy Hunt\"", "name: \"Jeremy R. Hunt\"");
        site.rebuild();
        Files.writeString(content.resolve("milestones/2002-consultants-reject-contract-copy.md"),
                Files.readString(content.resolve("milestones/2002-consultants-reject-contract.md"))
                        .replace("title: \"Consultants reject", "title: \"A copy: consultants reject"));
        site.rebuild();
        edit("milestones/2002-consultants-reject-contract.md", "[the members' vote]", "[the vote]");
        site.rebuild();
        Files.writeString(content.resolve("milestones/broken.md"), "---\ntitle: [\n---\n");
        assertEquals(1, site.rebuild().problems().size(), "a broken file fails the rebuild");
        Files.delete(content.resolve("milestones/broken.md"));
        Files.delete(content.resolve("milestones/2002-consultants-reject-contract-copy.md"));
        site.rebuild();
        edit("../templates/milestone.ftlh", "<h1>${m.title}</h1>", "<h1 class=\"title\">${m.title}</h1>");
        LiveSite.State last = site.rebuild();
        assertTrue(last.problems().isEmpty(), last.problems().toString());

        Path out = dir.resolve("full");
        Builder.build(new BuildOptions(content, templates, out, Optional.empty(), false, false));
        Map<String, byte[]> full = read(out);
        assertEquals(full.keySet(), new TreeMap<>(last.files()).keySet());
        for (Map.Entry<String, byte[]> f : full.entrySet()) {
            assertArrayEquals(f.getValue(), last.files().get(f.getKey()), f.getKey());
        }
        assertTrue(text(last, "actors/jeremy-hunt.html").contains("Jeremy R. Hunt"));
    }

    @Test
    void textEditsRenderOnlyThePagesLinkingToTheEditedItemAndEqualAFullBuild() throws IOException {
        int all = pages(site.rebuild());

        edit("actors/bma.md", "name: \"British Medical Association\"", "name: \"British Medical Assoc.\"");
        LiveSite.State renamed = assertFullBuild(site.rebuild());
        assertTrue(text(renamed, "milestones/2016-05-deal-agreed.html").contains("British Medical Assoc."),
                "a milestone page shows its actors' names");

        edit("milestones/2016-05-deal-agreed.md", "title: \"Government and BMA leaders agree",
                "title: \"Ministers and BMA leaders agree");
        LiveSite.State retitled = assertFullBuild(site.rebuild());
        assertTrue(text(retitled, "milestones/2016-02-11-ministers-expected-to-impose.html")
                .contains("Ministers and BMA leaders agree") || text(retitled, "milestones/2016-07-deal-voted-down.html")
                .contains("Ministers and BMA leaders agree"), "a neighbour's previous or next link shows the new title");

        edit("quotes/2016-07-deal-rejected.yaml", "Dr Malawana explaining the result", "Dr Malawana explaining the vote");
        assertFullBuild(site.rebuild());

        edit("milestones/2016-05-deal-agreed.md", "\n---\n", "\n---\nA sentence added to the body.\n\n");
        LiveSite.State body = assertFullBuild(site.rebuild());
        assertTrue(body.rendered() < all / 4, body.rendered() + " of " + all + " pages rendered for a body edit");

        edit("issues/imposition.md", "title: \"Imposing the contract\"", "title: \"Zz imposing the contract\"");
        assertFullBuild(site.rebuild()); // a title that reorders the issues: every model is compared

        Files.writeString(content.resolve("milestones/2016-05-deal-agreed-later.md"),
                Files.readString(content.resolve("milestones/2016-05-deal-agreed.md"))
                        .replace("title: \"Ministers", "title: \"Later: ministers").replace("date: \"2016-05\"", "date: \"2016-06\""));
        LiveSite.State added = assertFullBuild(site.rebuild());
        assertTrue(text(added, "timeline/index.html").contains("Later: ministers"));

        Files.delete(content.resolve("milestones/2016-05-deal-agreed-later.md"));
        LiveSite.State removed = assertFullBuild(site.rebuild());
        assertTrue(!text(removed, "timeline/index.html").contains("Later: ministers"));
        assertTrue(!removed.files().containsKey("milestones/2016-05-deal-agreed-later.html"));
    }

    @Test
    void aSecondSaveWithTheSameSizeAndTimeIsStillSeen() throws IOException {
        Path file = content.resolve("milestones/2016-05-deal-agreed.md");
        site.rebuild();
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        // Same length, same modification time: what a second save within one tick of a coarse clock looks like.
        edit("milestones/2016-05-deal-agreed.md", "title: \"Government and BMA", "title: \"Governmnet and BMA");
        Files.setLastModifiedTime(file, time);
        LiveSite.State state = assertFullBuild(site.rebuild());
        assertTrue(text(state, "milestones/2016-05-deal-agreed.html").contains("Governmnet and BMA"));
    }

    @Test
    void pagesListingAnEditedMilestoneAreRenderedWhenRequestedEvenAfterLaterEdits() throws IOException {
        site.rebuild();
        String first = "milestones/2016-05-deal-agreed.md";
        String second = "milestones/2002-consultants-reject-contract.md";

        edit(first, "title: \"Government and BMA leaders agree", "title: \"Ministers and BMA leaders agree");
        LiveSite.State one = site.rebuild(modified(first));
        assertEquals(1, one.rendered(), "only the edited milestone's own page is rendered before the reload");
        // Nobody asks for the timeline now; it must still show this edit after the next one.
        edit(second, "title: \"Consultants reject", "title: \"Senior doctors reject");
        LiveSite.State two = site.rebuild(modified(second));

        for (String page : new String[] {"timeline/index.html", "embed/timeline/index.html", "actors/bma.html"}) {
            assertTrue(text(two, page).contains("Ministers and BMA leaders agree"), page + " shows the first edit");
        }
        assertTrue(text(two, "timeline/index.html").contains("Senior doctors reject"), "and the second");
        assertTrue(text(two, "embed/timeline/index.html").contains("Senior doctors reject"));
        assertFullBuild(two);
    }

    @Test
    void aPageRequestedBetweenTwoEditsOfTheSameItemShowsTheLatest() throws IOException {
        site.rebuild();
        String file = "milestones/2016-05-deal-agreed.md";
        edit(file, "title: \"Government and BMA leaders agree", "title: \"Ministers and BMA leaders agree");
        assertTrue(text(site.rebuild(modified(file)), "timeline/index.html").contains("Ministers and BMA leaders agree"));
        edit(file, "title: \"Ministers and BMA leaders agree", "title: \"Negotiators agree");
        LiveSite.State later = site.rebuild(modified(file));
        assertTrue(text(later, "timeline/index.html").contains("Negotiators agree"));
        assertFalse(text(later, "timeline/index.html").contains("Ministers and BMA leaders agree"));
        assertFullBuild(later);
    }

    @Test
    void aDeletedMilestoneDisappearsFromEveryPageItWasOn() throws IOException {
        String file = "milestones/2016-05-deal-agreed.md";
        Files.writeString(content.resolve("milestones/2016-06-later-deal.md"), Files.readString(content.resolve(file))
                .replace("title: \"Government", "title: \"Later: government").replace("date: \"2016-05\"", "date: \"2016-06\""));
        LiveSite.State before = site.rebuild();
        assertTrue(text(before, "timeline/index.html").contains("Later: government"));
        assertTrue(before.files().containsKey("milestones/2016-06-later-deal.html"));

        Files.delete(content.resolve("milestones/2016-06-later-deal.md"));
        LiveSite.State after = site.rebuild(new LoadCache.Changed(Set.of(), Set.of(content.resolve("milestones/2016-06-later-deal.md"))));
        assertFalse(after.files().containsKey("milestones/2016-06-later-deal.html"));
        assertFalse(text(after, "timeline/index.html").contains("Later: government"));
        assertFalse(text(after, "embed/timeline/index.html").contains("Later: government"));
        assertFullBuild(after);
    }

    @Test
    void removingAMilestoneOtherTextsLinkToReportsWhatAFullCheckReports() throws IOException {
        site.rebuild();
        Path linked = content.resolve("milestones/2016-05-deal-agreed.md");
        String text = Files.readString(linked);
        Files.delete(linked);
        LiveSite.State removed = site.rebuild(new LoadCache.Changed(Set.of(), Set.of(linked)));
        LiveSite fresh = new LiveSite(BuildOptions.of(content, templates, dir.resolve("unused")), (p, stage) -> p.file(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(fresh.rebuild().problems(), removed.problems());
        assertTrue(removed.problems().stream().anyMatch(p -> p.line().contains("the link '/milestones/2016-05-deal-agreed/'"
                + " leads to no page of the site")), removed.problems().toString());

        Files.writeString(linked, text);
        assertFullBuild(site.rebuild(new LoadCache.Changed(Set.of(linked), Set.of(linked))));
    }

    @Test
    void aRebuildTrustsTheWatcherUntilItLosesEventsThenChecksEveryFile() throws IOException {
        site.rebuild();
        String file = "milestones/2016-05-deal-agreed.md";
        edit(file, "title: \"Government and BMA leaders agree", "title: \"Ministers and BMA leaders agree");
        // The watcher named another file: this one is not even looked at.
        LiveSite.State trusted = site.rebuild(modified("milestones/2002-consultants-reject-contract.md"));
        assertFalse(text(trusted, "milestones/2016-05-deal-agreed.html").contains("Ministers and BMA"));
        // Events were lost (an overflow): every file is checked again.
        LiveSite.State checked = site.rebuild(null);
        assertTrue(text(checked, "milestones/2016-05-deal-agreed.html").contains("Ministers and BMA"));
        assertFullBuild(checked);
    }

    @Test
    void aNewFileTheWatcherReportsIsLoadedAndAStrayOneIsReported() throws IOException {
        site.rebuild();
        Path added = content.resolve("milestones/2016-06-later-deal.md");
        Files.writeString(added, Files.readString(content.resolve("milestones/2016-05-deal-agreed.md"))
                .replace("title: \"Government", "title: \"Later: government").replace("date: \"2016-05\"", "date: \"2016-06\""));
        LiveSite.State state = site.rebuild(new LoadCache.Changed(Set.of(added), Set.of(added)));
        assertTrue(text(state, "milestones/2016-06-later-deal.html").contains("Later: government"));
        assertTrue(text(state, "timeline/index.html").contains("Later: government"));
        assertFullBuild(state);

        Path backup = content.resolve("milestones/2016-06-later-deal.md~"); // the watcher starts no rebuild for it, but reports it
        Files.writeString(backup, "an editor's backup");
        LiveSite.State stray = site.rebuild(new LoadCache.Changed(Set.of(), Set.of(backup)));
        assertEquals(1, stray.problems().size(), stray.problems().toString());
        assertTrue(stray.problems().get(0).line().contains("unexpected file"), stray.problems().toString());
    }

    @Test
    void anySequenceOfEditsAndRequestsEndsByteForByteEqualToAFullBuild() throws IOException {
        java.util.Random random = new java.util.Random(8);
        List<String> milestones;
        try (Stream<Path> files = Files.list(content.resolve("milestones"))) {
            milestones = files.map(p -> "milestones/" + p.getFileName()).sorted().toList();
        }
        List<String> pages = new java.util.ArrayList<>(new TreeMap<>(site.rebuild().files()).keySet());
        // Pages that list many items: the ones most likely to be out of date after an edit.
        List<String> lists = pages.stream().filter(p -> p.matches("(timeline|embed|sources|quotes/index|actors/[^/]+|index).*\\.html")).toList();
        int copies = 0;
        for (int step = 1; step <= 18; step++) {
            String file = milestones.get(random.nextInt(milestones.size()));
            LoadCache.Changed changed = modified(file);
            // Mostly text edits, the kind whose pages are trusted without comparing models; now and then a structural one.
            int kind = random.nextInt(10);
            switch (kind < 7 ? kind % 3 : kind - 4) {
                case 0 -> edit(file, "title: \"", "title: \"Edited " + step + ": ");
                case 1 -> edit(file, "\n---\n", "\n---\nA sentence added at step " + step + ".\n\n");
                case 2 -> {
                    String actor = "actors/" + List.of("bma", "jeremy-hunt", "johann-malawana").get(random.nextInt(3)) + ".md";
                    edit(actor, "name: \"", "name: \"" + step + " ");
                    changed = modified(actor);
                }
                case 3 -> {
                    Path copy = content.resolve("milestones/zz-copy-" + ++copies + ".md");
                    Files.writeString(copy, Files.readString(content.resolve(file)).replace("title: \"", "title: \"Copy " + copies + ": "));
                    changed = new LoadCache.Changed(Set.of(copy), Set.of(copy));
                }
                case 4 -> {
                    Path copy = content.resolve("milestones/zz-copy-" + copies + ".md");
                    if (copies == 0 || !Files.exists(copy)) continue;
                    Files.delete(copy);
                    changed = new LoadCache.Changed(Set.of(), Set.of(copy));
                }
                default -> rewrite(file, "(?m)^date: .*$", "date: \"2011-0" + (1 + random.nextInt(9)) + "\"");
            }
            LiveSite.State state = site.rebuild(changed);
            assertTrue(state.problems().isEmpty(), "step " + step + ": " + state.problems());
            for (int i = 0; i < 6; i++) {
                List<String> from = i % 2 == 0 ? lists : pages;
                String page = from.get(random.nextInt(from.size()));
                if (state.files().containsKey(page)) state.files().get(page); // made now, as a browser's request would
            }
            if (step % 6 == 0) assertFullBuild(state);
        }
    }

    private void rewrite(String file, String regex, String replacement) throws IOException {
        Path path = content.resolve(file);
        String before = Files.readString(path);
        String after = before.replaceFirst(regex, replacement);
        assertFalse(before.equals(after) && !before.contains(replacement), file + " has nothing matching " + regex);
        Files.writeString(path, after);
    }

    private LoadCache.Changed modified(String file) {
        return new LoadCache.Changed(Set.of(content.resolve(file)), Set.of());
    }

    /** The state's site equals a full build of the same files, byte for byte; returns the state. */
    private LiveSite.State assertFullBuild(LiveSite.State state) throws IOException {
        assertTrue(state.problems().isEmpty(), state.problems().toString());
        Path out = Files.createTempDirectory(dir, "full");
        Builder.build(new BuildOptions(content, templates, out, Optional.empty(), false, false));
        Map<String, byte[]> full = read(out);
        assertEquals(full.keySet(), new TreeMap<>(state.files()).keySet());
        for (Map.Entry<String, byte[]> f : full.entrySet()) {
            assertArrayEquals(f.getValue(), state.files().get(f.getKey()), f.getKey());
        }
        return state;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String before = Files.readString(path);
        assertTrue(before.contains(from), file + " has no '" + from + "'");
        Files.writeString(path, before.replace(from, to));
    }

    private static String text(LiveSite.State s, String file) {
        return new String(s.files().get(file), StandardCharsets.UTF_8);
    }

    private static int pages(LiveSite.State s) {
        // Every HTML page but 404.html goes through the page cache.
        return (int) s.files().keySet().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).count();
    }

    private static Map<String, byte[]> read(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
