package org.explainer.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.explainer.link.Graph;
import org.explainer.link.Linker;
import org.explainer.load.ContentLoader;
import org.explainer.model.Content;
import org.explainer.model.Markdown;
import org.explainer.parallel.Background;
import org.explainer.render.MarkdownStage;
import org.explainer.render.SiteRenderer;
import org.explainer.render.Templates;
import org.explainer.validate.Validated;
import org.explainer.validate.Validator;
import org.explainer.write.OutputFile;
import org.explainer.write.OutputWriter;

/**
 * The pipeline, in the order it runs: load, validate, link, render, write. Each stage either
 * returns its result or throws a {@link org.explainer.problem.ContentException} holding every
 * problem it found; nothing is written until every earlier stage has passed.
 */
public final class Builder {

    private final Map<String, Long> stages = new LinkedHashMap<>();
    /** Where the templates are parsed, from the end of loading on, when this build renders. */
    private CompletableFuture<Templates> parsing;

    private Builder() {
    }

    /** Builds the site; throws every problem found, leaving the output folder as it was. */
    public static BuildResult build(BuildOptions options) {
        return new Builder().run(options, false);
    }

    /** Runs every check a build runs, templates included, but writes nothing. */
    public static BuildResult check(BuildOptions options) {
        return new Builder().run(options, true);
    }

    /** Loads, validates and links content: the model a build would render. */
    public static Graph model(BuildOptions options) {
        Builder b = new Builder();
        return b.link(options);
    }

    private Graph link(BuildOptions options) {
        return link(options, Reuse.NONE);
    }

    private Graph link(BuildOptions options, Reuse reuse) {
        return link(options, reuse, false);
    }

    /** @param render whether the templates will be needed: they are then parsed while the content is checked */
    private Graph link(BuildOptions options, Reuse reuse, boolean render) {
        Content content = timed("load", () -> reuse.load(options.content()));
        if (render) parsing = parseTemplates(options, content.site().language(), reuse);
        if (options.baseUrl().isPresent()) {
            String url = options.baseUrl().get();
            content = new Content(content.site().withBaseUrl(url.endsWith("/") ? url : url + "/"), content.actors(),
                    content.milestones(), content.quotes(), content.sources(), content.issues(), content.questions(),
                    content.figures(), content.pages(), content.assets());
        }
        Content loaded = content;
        long patching = System.nanoTime();
        Graph kept = reuse.linked(loaded);
        if (kept != null) {
            stages.merge("link", (System.nanoTime() - patching) / 1_000_000, Long::sum);
            return kept;
        }
        Validated validated = timed("validate", () -> Validator.validate(loaded, options.drafts()));
        return timed("link", () -> Linker.link(validated));
    }

    private BuildResult run(BuildOptions options, boolean checkOnly) {
        long start = System.nanoTime();
        Graph graph = link(options, Reuse.NONE, true);
        Search search = new Search(options.search());
        Rendering rendering = timed("render", () -> render(graph, options, search.available(), Reuse.NONE));
        SiteRenderer renderer = rendering.renderer();
        List<OutputFile> plan = rendering.plan();
        OutputWriter.Written written;
        if (checkOnly) {
            written = timed("write", () -> CheckOnly.renderAll(plan));
        } else {
            written = timed("write", () -> OutputWriter.write(options.out(), plan,
                    List.of(options.content(), options.templates()), search::index));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(rendering.pages(), written.files(), written.bytes(), graph.quotes().size(),
                graph.quotes().size() - graph.verifiedQuotes().size(), millis,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)), search.available(),
                renderer.templateTimes());
    }

    /**
     * What a preview server keeps between builds so that a rebuild redoes only what changed. Each
     * method does what a full build does, or returns an earlier result that is equal to it.
     */
    public interface Reuse {
        /** A full build: nothing kept. */
        Reuse NONE = new Reuse() {
        };

        default Content load(Path contentDir) {
            return ContentLoader.load(contentDir);
        }

        /**
         * The graph {@code content} validates and links to, when it can be had without doing
         * either (a preview may patch its last graph after a text edit); null to do both.
         */
        default Graph linked(Content content) {
            return null;
        }

        default Templates templates(Path dir, String language) {
            return Templates.load(dir, language);
        }

        default Map<Markdown, String> markdown(Graph graph) {
            return MarkdownStage.render(graph, Set.of());
        }

        default SiteRenderer.PageCache pages() {
            return SiteRenderer.PageCache.NONE;
        }
    }

    /**
     * The site's files as a build would write them, planned but not yet made, for {@code serve},
     * which keeps them in memory.
     *
     * @param graph the linked content
     * @param files  every file of the site; each made file is rendered when its bytes are asked for
     * @param stages wall time of each stage so far, in pipeline order
     */
    public record Planned(Graph graph, List<OutputFile> files, Map<String, Long> stages) {
    }

    /** Loads, validates, links and plans the site, reusing what {@code reuse} kept; writes nothing. */
    public static Planned plan(BuildOptions options, Reuse reuse) {
        Builder b = new Builder();
        Graph graph = b.link(options, reuse, true);
        Rendering rendering = b.timed("render", () -> b.render(graph, options, false, reuse));
        return new Planned(graph, rendering.plan(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.stages)));
    }

    /**
     * Parses the templates on a thread of their own, from the end of loading on: nothing but the
     * site's language is needed from the content, and the checks and the links that come next
     * run on one core, which leaves the other to the templates; then the Markdown is rendered
     * while they finish. On the real content each takes about a tenth of a second, mostly spent
     * loading and warming code. A content problem is still reported before a template one, and a
     * template problem before a Markdown one.
     */
    private static CompletableFuture<Templates> parseTemplates(BuildOptions options, String language, Reuse reuse) {
        return Background.start("templates", () -> reuse.templates(options.templates(), language));
    }

    /**
     * The renderer and every file it will make, planned; the Markdown is rendered by then.
     *
     * @param pages how many of the files are HTML pages, the 404 page aside
     */
    private record Rendering(SiteRenderer renderer, List<OutputFile> plan, int pages) {
    }

    /**
     * Renders the Markdown on threads of its own while this one waits for the templates, sets the
     * renderer up and plans the site: those steps run on one core (about a fifth of a second at
     * 10,000 milestones, mostly code running for the first time), and used to wait for the
     * Markdown and then leave the other core idle. The renderer reads the Markdown's HTML only
     * when a page is made (see {@link AwaitedMap}), after this has waited for it. Problems keep
     * their order: the templates' before the Markdown's.
     */
    private Rendering render(Graph graph, BuildOptions options, boolean search, Reuse reuse) {
        CompletableFuture<Map<Markdown, String>> markdown = Background.start("markdown", () -> reuse.markdown(graph));
        Templates templates = Background.result(parsing);
        Rendering rendering;
        try {
            SiteRenderer renderer = new SiteRenderer(graph, new AwaitedMap<>(markdown), templates, options.templates(),
                    options.content(), search).withPageCache(reuse.pages());
            List<OutputFile> plan = renderer.plan();
            int pages = (int) plan.stream().filter(f -> f.path().endsWith(".html") && !f.path().equals("404.html")).count();
            rendering = new Rendering(renderer, plan, pages);
        } catch (RuntimeException e) {
            Background.result(markdown);
            throw e;
        }
        Background.result(markdown);
        return rendering;
    }

    private <T> T timed(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
        }
    }
}
