package org.explainer.render;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code memo} directive: {@code <@memo key="...">body</@memo>} renders its body once per key
 * and build, and prints the same HTML wherever the key comes again (Hugo's {@code partialCached}).
 * The key must name everything the body shows; the templates use it for a milestone's entry,
 * which the timeline repeats on every filtered page that lists it.
 *
 * <p>The body is rendered with {@code root} set to {@link MarkdownRenderer#ROOT}, a marker that
 * {@link PageWriter} replaces with each page's own path to the root, so one rendering serves
 * pages at every depth. What is kept is bounded ({@link #LIMIT_BYTES}); past the bound the oldest
 * bodies are let go for the newest, so a very large archive pays in time, not memory, and the pages
 * are the same. The plan writes the pages that share bodies close together (the timeline pages
 * in the order of their events) so that a body is still kept when the next page asks for it.
 */
final class Memo implements TemplateDirectiveModel {

    /**
     * At most this much HTML is kept per build: the entries of some 20,000 milestones. Beyond
     * that, at 100,000 milestones, keeping more would cost more memory than the time it saves.
     */
    static final long LIMIT_BYTES = 32L << 20;

    private final Map<String, PageWriter.Fragment> kept = new ConcurrentHashMap<>();
    /** The keys of {@link #kept}, oldest first; guarded by {@code this}, as is {@link #keptBytes}. */
    private final java.util.ArrayDeque<String> order = new java.util.ArrayDeque<>();
    private long keptBytes;
    private final long limit;

    Memo() {
        this(LIMIT_BYTES);
    }

    Memo(long limit) {
        this.limit = limit;
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        String key = key(params);
        if (loopVars.length > 0) throw new TemplateModelException("memo has no loop variables");
        if (body == null) return;
        PageWriter.Fragment html = kept.get(key);
        if (html == null) {
            html = render(env, body);
            keep(key, html);
        }
        if (env.getOut() instanceof PageWriter page) {
            page.write(html);
        } else {
            env.getOut().write(new String(html.bytes(), StandardCharsets.UTF_8));
        }
    }

    /** Keeps a body, letting go of the oldest kept ones while the bound is passed. */
    private synchronized void keep(String key, PageWriter.Fragment html) {
        if (html.bytes().length > limit || kept.putIfAbsent(key, html) != null) return;
        order.addLast(key);
        keptBytes += html.bytes().length;
        while (keptBytes > limit) keptBytes -= kept.remove(order.removeFirst()).bytes().length;
    }

    private static String key(Map<?, ?> params) throws TemplateModelException {
        for (Object name : params.keySet()) {
            if (!"key".equals(name)) throw new TemplateModelException("memo takes only key=\"...\", not " + name);
        }
        Object key = params.get("key");
        if (key instanceof TemplateScalarModel s) return s.getAsString();
        if (key instanceof TemplateNumberModel n) return n.getAsNumber().toString();
        throw new TemplateModelException("memo needs key=\"...\": a text naming everything its body shows");
    }

    /**
     * The body's HTML as UTF-8, with the root marker for {@code root}, whatever root the page has.
     * Rendered into a {@link PageWriter} like a page (values escaped straight into bytes), but
     * its markers are kept for each page to replace.
     */
    private static PageWriter.Fragment render(Environment env, TemplateDirectiveBody body) throws TemplateException, IOException {
        TemplateModel pageRoot = env.getGlobalNamespace().get("root");
        env.setGlobalVariable("root", new SimpleScalar(MarkdownRenderer.ROOT));
        PageWriter out = PageWriter.forFragment(BODY_SIZE);
        try {
            body.render(out);
            return out.fragment();
        } finally {
            if (pageRoot == null) {
                env.getGlobalNamespace().remove("root");
            } else {
                env.setGlobalVariable("root", pageRoot);
            }
        }
    }

    /** A body's first buffer: a timeline entry with its quotes is one to two kilobytes. */
    private static final int BODY_SIZE = 4096;

    /** Every memo renders a body the same way; what one has kept is only a saving of time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Memo;
    }

    @Override
    public int hashCode() {
        return 1;
    }
}
