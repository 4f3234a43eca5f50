package org.explainer.load;

import static org.explainer.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.explainer.TestFiles;
import org.explainer.model.Content;
import org.explainer.model.Milestone;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a load reuses when a file watcher says what changed, and what it reads again. */
class LoadCacheTest {

    static final String TALKS = "milestones/2021-03-09-talks.md";

    @TempDir
    Path dir;

    private final LoadCache cache = LoadCache.keeping();

    private Path site() {
        return TestFiles.copyBasic(dir.resolve("content"));
    }

    private static String title(Content c, String id) {
        return c.milestones().stream().filter(m -> m.id().equals(id)).map(Milestone::title).findFirst().orElse(null);
    }

    private static void retitle(Path content, String file, String title) throws IOException {
        Path p = content.resolve(file);
        Files.writeString(p, Files.readString(p).replaceFirst("(?m)^title: .*$", "title: \"" + title + "\""));
    }

    private Content load(Path content, LoadCache.Changed changed) {
        cache.expect(changed);
        return ContentLoader.load(content, cache);
    }

    @Test
    void aFileTheWatcherDoesNotNameIsReusedUnreadAndOneItNamesIsReadAgain() throws IOException {
        Path content = site();
        ContentLoader.load(content, cache);
        retitle(content, TALKS, "A much longer title, so that the size changes too");

        Content trusted = load(content, new LoadCache.Changed(Set.of(content.resolve("milestones/2021-03-strike.md")), Set.of()));
        assertEquals("Talks at the town hall", title(trusted, "2021-03-09-talks"),
                "not named by the watcher: not even its size is asked for");

        Content named = load(content, new LoadCache.Changed(Set.of(content.resolve(TALKS)), Set.of()));
        assertEquals("A much longer title, so that the size changes too", title(named, "2021-03-09-talks"));
    }

    @Test
    void withoutWordFromTheWatcherEveryFileIsCheckedAgain() throws IOException {
        Path content = site();
        ContentLoader.load(content, cache);
        load(content, new LoadCache.Changed(Set.of(), Set.of()));
        retitle(content, TALKS, "A much longer title, so that the size changes too");
        write(content, "milestones/2021-05-new.md", "---\ntitle: \"New\"\ndate: 2021-05\nactors: [mayor]\nsources: [harbour-news]\n---\n");

        Content checked = load(content, null);
        assertEquals("A much longer title, so that the size changes too", title(checked, "2021-03-09-talks"));
        assertEquals("New", title(checked, "2021-05-new"));
    }

    @Test
    void aFolderIsListedAgainWhenSomethingInItIsAddedOrRemoved() throws IOException {
        Path content = site();
        int before = ContentLoader.load(content, cache).milestones().size();
        Path added = content.resolve("milestones/2021-05-new.md");
        write(content, "milestones/2021-05-new.md", "---\ntitle: \"New\"\ndate: 2021-05\nactors: [mayor]\nsources: [harbour-news]\n---\n");

        assertEquals(before, load(content, new LoadCache.Changed(Set.of(), Set.of())).milestones().size(),
                "nothing reported added: the folder's listing is reused");
        assertEquals("New", title(load(content, new LoadCache.Changed(Set.of(added), Set.of(added))), "2021-05-new"));

        Files.delete(added);
        assertEquals(before, load(content, new LoadCache.Changed(Set.of(), Set.of(added))).milestones().size());

        Path stray = content.resolve("milestones/notes.txt");
        Files.writeString(stray, "not a milestone");
        ContentException e = assertThrows(ContentException.class,
                () -> load(content, new LoadCache.Changed(Set.of(), Set.of(stray))));
        assertTrue(TestFiles.lines(e).get(0).contains("unexpected file in milestones/"), TestFiles.lines(e).toString());
    }

    @Test
    void nothingKeptBeneathAFolderReportedAddedOrRemovedIsTrusted() throws IOException {
        Path content = site();
        ContentLoader.load(content, cache);
        // A folder moved away, its files edited there, and moved back: the watcher names only the folder.
        Path away = dir.resolve("away");
        Files.move(content.resolve("milestones"), away);
        retitle(away, "2021-03-09-talks.md", "Edited while away");
        Files.move(away, content.resolve("milestones"));

        Content back = load(content, new LoadCache.Changed(Set.of(), Set.of(content.resolve("milestones"))));
        assertEquals("Edited while away", title(back, "2021-03-09-talks"));
    }

    @Test
    void aFileReachedThroughALinkIsReadAgainWhenTheWatcherNamesItsTarget() throws IOException {
        Path content = site();
        Path target = content.resolve("README.md"); // the loader itself ignores content/README.md
        Files.writeString(target, "---\ntitle: \"Linked\"\ndate: 2021-06\nactors: [mayor]\nsources: [harbour-news]\n---\n");
        Files.createSymbolicLink(content.resolve("milestones/2021-06-linked.md"), Path.of("../README.md"));
        assertEquals("Linked", title(ContentLoader.load(content, cache), "2021-06-linked"));

        Files.writeString(target, "---\ntitle: \"Linked, edited\"\ndate: 2021-06\nactors: [mayor]\nsources: [harbour-news]\n---\n");
        Content after = load(content, new LoadCache.Changed(Set.of(target), Set.of()));
        assertEquals("Linked, edited", title(after, "2021-06-linked"));
    }
}
