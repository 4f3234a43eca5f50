package org.explainer.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problem;

/**
 * The site's Freemarker templates, each parsed once and shared by every page and thread. Only
 * {@code .ftlh} files are used, so every value is HTML-escaped unless a template says otherwise.
 * A template error becomes a {@link Problem} at the template's line and column, never a trace.
 */
public final class Templates {

    /** The templates a site must have: one per kind of page. */
    public static final List<String> REQUIRED = List.of("home.ftlh", "timeline.ftlh", "milestone.ftlh", "actors.ftlh",
            "actor.ftlh", "quotes.ftlh", "quote.ftlh", "issues.ftlh", "issue.ftlh", "sources.ftlh", "source.ftlh",
            "page.ftlh", "404.ftlh");

    static {
        // Freemarker would otherwise look for a logging library and log template errors itself;
        // errors reach the editor through Problems instead.
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    private final Configuration config;
    /** Time spent in each page template, for {@code build --verbose}: where a theme's time goes. */
    private final Map<String, Usage> usage = new ConcurrentHashMap<>();
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    private Templates(Configuration config) {
        this.config = config;
    }

    /** Loads and parses every required template, reporting all that are missing or broken. */
    public static Templates load(Path dir, String language) {
        if (!Files.isDirectory(dir)) {
            throw ContentException.single("render", new Problem("", 0, 0, "the templates folder does not exist",
                    "pass the folder with --templates DIR"));
        }
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw ContentException.single("render", new Problem("", 0, 0, "cannot read the templates folder", ""));
        }
        cfg.setRecognizeStandardFileExtensions(true);
        // One build sees one version of the templates: Freemarker would otherwise look at the files
        // again every five seconds of a long build, and serve loads a new set when one changes.
        // The default cache storage also locks on every lookup, which every page's #import makes.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setRegisteredCustomOutputFormats(List.of(PageHtmlFormat.INSTANCE));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.forLanguageTag(language));
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // View records read as plain values in templates: ${actor.name}, not ${actor.name()}.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(new ViewWrapper(wrapper));
        Templates templates = new Templates(cfg);
        List<Problem> problems = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                problems.add(new Problem(name, 0, 0, "the template is missing",
                        "every site needs " + String.join(", ", REQUIRED)));
                continue;
            }
            try {
                templates.get(name);
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new ContentException("render", problems.stream().sorted(Problem.ORDER).toList());
        return templates;
    }

    public boolean has(String name) {
        try {
            return config.getTemplateLoader().findTemplateSource(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    Template get(String name) {
        Template t = cache.get(name);
        if (t != null) return t;
        try {
            t = config.getTemplate(name);
            cache.put(name, t);
            return t;
        } catch (ParseException e) {
            throw ContentException.single("render", new Problem(e.getTemplateName() == null ? name
                    : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax: " + firstLine(e.getEditorMessage()), "see freemarker.apache.org/docs"));
        } catch (IOException e) {
            throw ContentException.single("render", new Problem(name, 0, 0, "cannot read the template: " + e.getMessage(), ""));
        }
    }

    /** Renders one template with the given variables; a template error becomes a Problem. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        process(name, model, out);
        return out.toString();
    }

    /**
     * Renders one page straight to UTF-8 bytes, with {@code root} in place of each
     * {@link MarkdownRenderer#ROOT} marker: the same bytes as {@code render(...).replace(ROOT, root)},
     * made without the intermediate copies.
     */
    public byte[] renderPage(String name, Map<String, Object> model, String root) {
        long start = System.nanoTime();
        PageWriter out = new PageWriter(root, 16 * 1024);
        process(name, model, out);
        byte[] page = out.toByteArray();
        usage.computeIfAbsent(name, n -> new Usage()).add(System.nanoTime() - start);
        return page;
    }

    private void process(String name, Map<String, Object> model, java.io.Writer out) {
        Template t = get(name);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            String message = firstLine(e.getBlamedExpressionString() != null
                    && e instanceof freemarker.core.InvalidReferenceException
                    ? "'" + e.getBlamedExpressionString() + "' is missing or null"
                    : e.getMessageWithoutStackTop());
            throw ContentException.single("render", new Problem(source, line, column, message,
                    e instanceof freemarker.core.InvalidReferenceException
                            ? "check the variable's name, or give a default with ${x!\"\"} or test it with <#if x??>"
                            : ""));
        } catch (IOException e) {
            throw ContentException.single("render", new Problem(name, 0, 0, "cannot render: " + e.getMessage(), ""));
        }
    }

    /**
     * How long pages of one template took to render.
     *
     * @param template the page template
     * @param pages    pages rendered with it
     * @param nanos    their rendering time, summed over every thread (so it may exceed wall time)
     */
    public record TemplateTime(String template, long pages, long nanos) {
        public long millis() {
            return nanos / 1_000_000;
        }
    }

    /** Each page template used so far, the costliest first. */
    public List<TemplateTime> times() {
        return usage.entrySet().stream()
                .map(e -> new TemplateTime(e.getKey(), e.getValue().pages.sum(), e.getValue().nanos.sum()))
                .sorted(Comparator.comparingLong(TemplateTime::nanos).reversed()
                        .thenComparing(TemplateTime::template))
                .toList();
    }

    private static final class Usage {
        final LongAdder pages = new LongAdder();
        final LongAdder nanos = new LongAdder();

        void add(long elapsed) {
            pages.increment();
            nanos.add(elapsed);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "error";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
