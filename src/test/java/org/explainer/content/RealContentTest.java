package org.explainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildResult;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrity of the explainer this project publishes: the real content/ builds without a
 * problem, every quotation is found in its source's text copy, everything cites a source and
 * every actor takes part somewhere.
 */
class RealContentTest {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    private final Graph graph = Builder.model(BuildOptions.of(CONTENT, TEMPLATES, Path.of("unused")));

    @Test
    void buildsWithoutAnyProblemAndVerifiesEveryQuote(@TempDir Path out) {
        BuildResult r = Builder.build(BuildOptions.of(CONTENT, TEMPLATES, out.resolve("site")));
        assertEquals(0, r.unverified(), "every quote's source has a text copy");
        assertTrue(r.pages() > 100, "pages: " + r.pages());
    }

    /**
     * Checked here independently of the generator's own QuoteCheck, so that a bug there cannot
     * hide a misquote: same words in order, ignoring line breaks and quote and dash variants.
     */
    @Test
    void everyQuoteAppearsInItsSourcesTextCopy() {
        Map<String, Source> sources = graph.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
        List<String> missing = new ArrayList<>();
        for (Quote q : graph.quotes()) {
            String text = plain(sources.get(q.source().id()).text().orElseThrow());
            int from = 0;
            for (String piece : plain(q.text()).split("\\.\\.\\.|…")) {
                String p = piece.strip();
                if (p.isEmpty()) continue;
                int at = text.indexOf(p, from);
                if (at < 0) {
                    missing.add(q.id() + ": " + p);
                    break;
                }
                from = at + p.length();
            }
        }
        assertEquals(List.of(), missing);
    }

    private static String plain(String s) {
        return s.replaceAll("[\u2018\u2019\u201A\u201B`]", "'").replaceAll("[\u201C\u201D\u201E\u201F]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("[\\s\u00A0]+", " ");
    }

    @Test
    void everyMilestoneQuoteAndFigureCitesAnExistingSource() {
        Set<String> ids = graph.sources().stream().map(Source::id).collect(Collectors.toSet());
        for (Milestone m : graph.timeline()) {
            assertFalse(m.sources().isEmpty(), m.id());
            m.sources().forEach(r -> assertTrue(ids.contains(r.id()), m.id()));
        }
        graph.quotes().forEach(q -> assertTrue(ids.contains(q.source().id()), q.id()));
        graph.figures().forEach(f -> assertTrue(ids.contains(f.source().id()), f.id()));
    }

    @Test
    void everyActorTakesPartInAMilestoneOrSaysSomething() {
        Set<String> used = new HashSet<>();
        graph.timeline().forEach(m -> m.actors().stream().map(Ref::id).forEach(used::add));
        graph.quotes().forEach(q -> used.add(q.actor().id()));
        List<String> idle = graph.actors().stream().map(Actor::id).filter(id -> !used.contains(id)).toList();
        assertEquals(List.of(), idle);
    }

    @Test
    void hasOneSourcePerSeedDocumentEachWithATextCopy() {
        assertEquals(5, graph.sources().size());
        graph.sources().forEach(s -> assertTrue(s.text().isPresent(), s.id()));
    }

    @Test
    void answersTheQuestionsReadersArriveWith() {
        assertTrue(graph.questions().size() >= 5);
        assertTrue(graph.pages().stream().anyMatch(p -> p.id().equals("where-things-stand")));
        assertTrue(graph.pages().stream().anyMatch(p -> p.id().equals("about")));
    }
}
