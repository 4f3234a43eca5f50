package org.explainer.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import org.explainer.link.Graph;
import org.explainer.model.Milestone;
import org.explainer.write.OutputFile;

/**
 * The data files for reuse, beside {@code /data/explainer.json}: where each is published, and
 * their place in the site's plan. docs/data.md documents every field of every file.
 */
public final class Exports {

    /** The JSON Schema of /data/explainer.json. */
    public static final String SCHEMA = "data/explainer.schema.json";
    /** The timeline for TimelineJS3. */
    public static final String TIMELINE_JSON = "data/timeline.json";
    public static final String QUOTES_CSV = "data/quotes.csv";
    public static final String MILESTONES_CSV = "data/milestones.csv";
    /** The compact timeline made to sit in an iframe on another site. */
    public static final String EMBED_TIMELINE = "embed/timeline/";

    /** Every address this package adds, for the link checker: content may link to each. */
    public static final Set<String> ROUTES = Set.of(SCHEMA, TIMELINE_JSON, QUOTES_CSV, MILESTONES_CSV, EMBED_TIMELINE);

    private Exports() {
    }

    /** Adds the data files to the plan, in a stable order. */
    public static void plan(List<OutputFile> files, Graph graph, Function<Milestone, String> milestoneHtml) {
        files.add(made(SCHEMA, Exports::schema));
        files.add(new OutputFile.Streamed(TIMELINE_JSON, out -> TimelineJs.write(graph, milestoneHtml, out)));
        files.add(new OutputFile.Streamed(QUOTES_CSV, out -> Tables.writeQuotes(graph, out)));
        files.add(new OutputFile.Streamed(MILESTONES_CSV, out -> Tables.writeMilestones(graph, out)));
    }

    /** The schema as published: the same bytes for every site. */
    public static String schema() {
        try (InputStream in = Exports.class.getResourceAsStream("explainer.schema.json")) {
            if (in == null) throw new IllegalStateException("explainer.schema.json is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputFile made(String path, java.util.function.Supplier<String> text) {
        return new OutputFile.Made(path, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }
}
