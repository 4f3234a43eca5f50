package org.explainer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.explainer.TestFiles;
import org.explainer.link.Graph;
import org.explainer.model.Markdown;
import org.explainer.render.MarkdownStage;
import org.explainer.render.SiteRenderer;
import org.explainer.write.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer is set up and the site planned while the Markdown renders, not after it. */
class RenderOverlapTest {

    @TempDir
    Path tmp;

    @Test
    void theSiteIsPlannedWhileTheMarkdownIsStillRendering() {
        CountDownLatch rendererMade = new CountDownLatch(1);
        Builder.Reuse reuse = new Builder.Reuse() {
            @Override
            public Map<Markdown, String> markdown(Graph graph) {
                // Finishes only once the renderer exists: a build that waited for the Markdown
                // before making the renderer would wait here until the timeout.
                try {
                    if (!rendererMade.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the renderer was not made while the Markdown rendered");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return MarkdownStage.render(graph, Set.of());
            }

            @Override
            public SiteRenderer.PageCache pages() {
                rendererMade.countDown();
                return SiteRenderer.PageCache.NONE;
            }
        };
        Builder.Planned planned = Builder.plan(BuildOptions.of(TestFiles.BASIC, TestFiles.TEMPLATES, tmp.resolve("site")), reuse);
        assertTrue(planned.files().stream().map(OutputFile::path).anyMatch("about/index.html"::equals));
        // The Markdown's HTML reaches the pages, made after it was awaited: a free page's own, and
        // the first free page's on the home page (the site view made when first asked for).
        assertTrue(made(planned, "about/index.html").contains("A fixture for tests."));
        assertTrue(made(planned, "index.html").contains("Talks continue."));
        assertEquals(0, rendererMade.getCount());
    }

    private static String made(Builder.Planned planned, String path) {
        OutputFile file = planned.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return new String(((OutputFile.Made) file).bytes().get(), StandardCharsets.UTF_8);
    }
}
