package org.explainer.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.explainer.TestFiles;
import org.explainer.build.BuildOptions;
import org.explainer.build.Builder;
import org.explainer.link.Graph;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.model.Ref;
import org.explainer.model.Source;
import org.explainer.render.DateText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every export back with independent parsers and checks it against the model, for the real
 * explainer and for a small fixture with awkward text: a comma, quotes, an ampersand, a newline and
 * a would-be formula in the values, and dates known to the year, the month and the day.
 */
class ExportsTest {

    /** A built site with its model. */
    record Built(Graph graph, Path out) {
        String read(String file) {
            try {
                return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @TempDir
    static Path dir;
    static Built real;
    static Built edge;

    static final String EDGE_TITLE = "Crews say \"no\", again & again <today>\nand again";

    @BeforeAll
    static void build() {
        real = build(Path.of("content"), "real");
        Path content = TestFiles.copyBasic(dir.resolve("edge-content"));
        TestFiles.write(content, "milestones/2021-05-edge.md", """
                ---
                title: "Crews say \\"no\\", again & again <today>\\nand again"
                date: 2021-05
                kind: vote
                actors: [ferry-union, ana-lopez]
                sources: [radio-interview, harbour-news]
                ---
                A [link](/milestones/2020-toll-proposed/) in the body.
                """);
        TestFiles.write(content, "quotes/edge.yaml", """
                - id: lopez-formula
                  actor: ana-lopez
                  text: "=SUM(1,2) is \\"what\\" we want,\\nsaid twice"
                  date: 2021-05-02
                  source: radio-interview
                  milestone: 2021-05-edge
                  issues: [toll-level]
                - id: lopez-dash
                  actor: ana-lopez
                  text: "-not a number"
                  date: 2021-05
                  source: radio-interview
                  context: "@mention, with a comma"
                """);
        edge = build(content, "edge");
    }

    private static Built build(Path content, String name) {
        BuildOptions options = BuildOptions.of(content, TestFiles.TEMPLATES, dir.resolve(name));
        Builder.build(options);
        return new Built(Builder.model(options), dir.resolve(name));
    }

    // ---- timeline.json ----------------------------------------------------------------------------

    @Test
    void timelineHasOneEventPerMilestoneInTimelineOrder() {
        for (Built b : List.of(real, edge)) {
            List<Object> events = TestJson.list(timeline(b).get("events"));
            assertEquals(b.graph().timeline().size(), events.size());
            for (int i = 0; i < events.size(); i++) {
                Map<String, Object> e = TestJson.object(events.get(i));
                Milestone m = b.graph().timeline().get(i);
                assertEquals(m.id(), e.get("unique_id"));
                assertEquals(m.type().isEmpty() ? null : m.type(), e.get("group"));
                assertEquals(new DateText(b.graph().site().language()).format(m.date()), e.get("display_date"));
            }
        }
    }

    @Test
    void timelineDatesGiveOnlyThePartsKnown() {
        Map<String, Object> byId = eventsById(edge);
        assertEquals(Map.of("year", "2020"), date(byId, "2020-toll-proposed"));
        assertEquals(Map.of("year", "2021", "month", "5"), date(byId, "2021-05-edge"));
        assertEquals(Map.of("year", "2021", "month", "3", "day", "9"), date(byId, "2021-03-09-talks"));
        for (Built b : List.of(real, edge)) {
            Map<String, Object> events = eventsById(b);
            for (Milestone m : b.graph().timeline()) {
                Map<String, Object> expected = new LinkedHashMap<>();
                expected.put("year", Integer.toString(m.date().year()));
                if (m.date().month() > 0) expected.put("month", Integer.toString(m.date().month()));
                if (m.date().day() > 0) expected.put("day", Integer.toString(m.date().day()));
                assertEquals(expected, date(events, m.id()), m.id());
            }
        }
    }

    @Test
    void timelineHeadlinesAreTheTitlesEscapedForHtml() {
        Map<String, Object> e = TestJson.object(eventsById(edge).get("2021-05-edge"));
        Map<String, Object> text = TestJson.object(e.get("text"));
        assertEquals("Crews say \"no\", again &amp; again &lt;today&gt;\nand again", text.get("headline"));
        String html = (String) text.get("text");
        assertTrue(html.contains("<a href=\"https://example.github.io/harbour/milestones/2020-toll-proposed.html\">link</a>"), html);
        assertTrue(html.contains("<p><a href=\"https://example.github.io/harbour/milestones/2021-05-edge.html\">Read more</a></p>"), html);
        assertFalse(html.contains("\uFFFF"), "no root marker left");
        for (Built b : List.of(real, edge)) {
            Map<String, Object> events = eventsById(b);
            for (Milestone m : b.graph().timeline()) {
                String headline = (String) TestJson.object(TestJson.object(events.get(m.id())).get("text")).get("headline");
                assertEquals(m.title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), headline);
            }
        }
        Map<String, Object> title = TestJson.object(TestJson.object(timeline(edge).get("title")).get("text"));
        assertEquals("The Harbour Bridge Toll Dispute", title.get("headline"));
        assertEquals("human", timeline(edge).get("scale"));
    }

    private static Map<String, Object> timeline(Built b) {
        return TestJson.object(TestJson.parse(b.read("data/timeline.json")));
    }

    private static Map<String, Object> eventsById(Built b) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object e : TestJson.list(timeline(b).get("events"))) out.put((String) TestJson.object(e).get("unique_id"), e);
        return out;
    }

    private static Map<String, Object> date(Map<String, Object> events, String id) {
        return TestJson.object(TestJson.object(events.get(id)).get("start_date"));
    }

    // ---- CSV ---------------------------------------------------------------------------------------

    @Test
    void milestonesCsvReadsBackAsTheModel() {
        for (Built b : List.of(real, edge)) {
            Graph g = b.graph();
            List<List<String>> expected = new ArrayList<>();
            expected.add(List.of("id", "date", "date_precision", "title", "kind", "status", "actors", "actor_names",
                    "sources", "source_numbers", "quotes", "url"));
            for (Milestone m : g.timeline()) {
                expected.add(guarded(List.of(m.id(), m.date().iso(), m.date().precision().name().toLowerCase(),
                        m.title(), m.type(), m.status().word(), ids(m.actors()),
                        String.join("; ", m.actors().stream().map(r -> g.actor(r.id()).name()).toList()),
                        ids(m.sources()), String.join(";", m.sources().stream().map(r -> "" + g.number(r.id())).toList()),
                        String.join(";", g.quotesByMilestone().getOrDefault(m.id(), List.of()).stream().map(Quote::id).toList()),
                        g.site().baseUrl() + "milestones/" + m.id() + ".html")));
            }
            assertEquals(expected, TestCsv.parse(b.read("data/milestones.csv")));
        }
    }

    @Test
    void quotesCsvReadsBackAsTheModel() {
        for (Built b : List.of(real, edge)) {
            Graph g = b.graph();
            List<List<String>> expected = new ArrayList<>();
            expected.add(List.of("id", "date", "actor", "actor_name", "text", "source", "source_number", "source_title",
                    "source_url", "verified", "milestone", "issues", "context", "url"));
            for (Quote q : g.quotes()) {
                Actor a = g.actor(q.actor().id());
                Source s = g.source(q.source().id());
                expected.add(guarded(List.of(q.id(), q.date().iso(), a.id(), a.name(), q.text(), s.id(),
                        "" + g.number(s.id()), s.title(), s.url(), "" + g.isVerified(q),
                        q.milestone().map(Ref::id).orElse(""), ids(q.issues()), q.context(),
                        g.site().baseUrl() + "quotes/" + q.id() + ".html")));
            }
            assertEquals(expected, TestCsv.parse(b.read("data/quotes.csv")));
        }
    }

    @Test
    void csvQuotesAwkwardFieldsAndGuardsFormulas() {
        String quotes = edge.read("data/quotes.csv");
        assertTrue(quotes.contains("\r\nlopez-formula,2021-05-02,ana-lopez,Ana López,\"'=SUM(1,2) is \"\"what\"\" we want,\nsaid twice\","),
                quotes);
        assertTrue(quotes.contains("\r\nlopez-dash,2021-05,ana-lopez,Ana López,'-not a number,"), quotes);
        assertTrue(quotes.contains(",\"'@mention, with a comma\","), quotes);
        String milestones = edge.read("data/milestones.csv");
        assertTrue(milestones.contains(",month,\"Crews say \"\"no\"\", again & again <today>\nand again\",vote,happened,"
                + "ferry-union;ana-lopez,Ferry Workers' Union; Ana López,"), milestones);
        assertTrue(milestones.startsWith("id,date,date_precision,title,"));
        assertTrue(milestones.endsWith("\r\n"));
        assertFalse(milestones.startsWith("\uFEFF"), "no byte-order mark");
    }

    private static String ids(List<Ref> refs) {
        return String.join(";", refs.stream().map(Ref::id).toList());
    }

    /** The formula guard, written out here rather than borrowed from the code under test. */
    private static List<String> guarded(List<String> cells) {
        return cells.stream().map(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c).toList();
    }

    // ---- explainer.json ----------------------------------------------------------------------------

    @Test
    void explainerJsonValidatesAgainstThePublishedSchema() {
        for (Built b : List.of(real, edge)) {
            Map<String, Object> schema = TestJson.object(TestJson.parse(b.read("data/explainer.schema.json")));
            assertEquals(Exports.schema(), b.read("data/explainer.schema.json"));
            Object data = TestJson.parse(b.read("data/explainer.json"));
            assertEquals(List.of(), TestSchema.validate(data, schema));
            assertEquals(b.graph().site().baseUrl() + "data/explainer.schema.json", TestJson.object(data).get("schema"));
        }
    }

    @Test
    void schemaCheckerCatchesAFieldTheSchemaDoesNotList() {
        Map<String, Object> schema = TestJson.object(TestJson.parse(Exports.schema()));
        Map<String, Object> data = TestJson.object(TestJson.parse(edge.read("data/explainer.json")));
        TestJson.object(TestJson.list(data.get("quotes")).get(0)).put("speaker", "x");
        TestJson.object(TestJson.list(data.get("sources")).get(0)).remove("number");
        data.put("schemaVersion", "2.0");
        assertEquals(List.of("$.schemaVersion: expected 1.0", "$.quotes[0]: unexpected 'speaker'",
                "$.sources[0]: missing 'number'"), TestSchema.validate(data, schema));
    }

    @Test
    void explainerJsonReferencesResolveAndNumbersFollowTheSourceOrder() {
        for (Built b : List.of(real, edge)) {
            Map<String, Object> data = TestJson.object(TestJson.parse(b.read("data/explainer.json")));
            Map<String, List<String>> ids = new LinkedHashMap<>();
            for (String kind : List.of("sides", "actors", "milestones", "quotes", "sources", "issues")) {
                ids.put(kind, TestJson.list(data.get(kind)).stream().map(o -> (String) TestJson.object(o).get("id")).toList());
            }
            List<Object> sources = TestJson.list(data.get("sources"));
            for (int i = 0; i < sources.size(); i++) {
                assertEquals((long) i + 1, TestJson.object(sources.get(i)).get("number"));
            }
            for (Object o : TestJson.list(data.get("actors"))) {
                Map<String, Object> a = TestJson.object(o);
                assertTrue(ids.get("sides").contains(a.get("side")), a.toString());
                if (a.get("memberOf") != null) assertTrue(ids.get("actors").contains(a.get("memberOf")));
            }
            for (Object o : TestJson.list(data.get("milestones"))) {
                Map<String, Object> m = TestJson.object(o);
                assertTrue(ids.get("actors").containsAll(TestJson.list(m.get("actors"))), m.toString());
                assertTrue(ids.get("sources").containsAll(TestJson.list(m.get("sources"))), m.toString());
                assertTrue(ids.get("quotes").containsAll(TestJson.list(m.get("quotes"))), m.toString());
            }
            for (Object o : TestJson.list(data.get("quotes"))) {
                Map<String, Object> q = TestJson.object(o);
                assertTrue(ids.get("actors").contains(q.get("actor")));
                assertTrue(ids.get("sources").contains(q.get("source")));
                if (q.get("milestone") != null) assertTrue(ids.get("milestones").contains(q.get("milestone")));
                assertTrue(ids.get("issues").containsAll(TestJson.list(q.get("issues"))));
            }
            for (Object o : TestJson.list(data.get("issues"))) {
                Map<String, Object> i = TestJson.object(o);
                assertTrue(ids.get("sources").containsAll(TestJson.list(i.get("sources"))));
                for (Object p : TestJson.list(i.get("positions"))) {
                    assertTrue(ids.get("sides").contains(TestJson.object(p).get("side")));
                    assertTrue(ids.get("sources").containsAll(TestJson.list(TestJson.object(p).get("sources"))));
                }
            }
            for (Object o : TestJson.list(data.get("figures"))) {
                assertTrue(ids.get("sources").contains(TestJson.object(o).get("source")));
            }
            assertEquals(b.graph().timeline().stream().map(Milestone::id).toList(), ids.get("milestones"));
            assertEquals(b.graph().quotes().stream().map(Quote::id).toList(), ids.get("quotes"));
        }
    }

    @Test
    void docsDescribeExactlyTheFieldsOfTheSchema() throws IOException {
        Map<String, Object> schema = TestJson.object(TestJson.parse(Exports.schema()));
        Map<String, List<String>> documented = documentedFields(Files.readString(Path.of("docs/data.md")));
        Map<String, List<String>> inSchema = new LinkedHashMap<>();
        inSchema.put("root", List.copyOf(TestJson.object(schema.get("properties")).keySet()));
        TestJson.object(schema.get("$defs")).forEach((name, def) -> {
            Map<String, Object> d = TestJson.object(def);
            if (d.containsKey("properties")) inSchema.put(name, List.copyOf(TestJson.object(d.get("properties")).keySet()));
        });
        assertEquals(inSchema, documented);
    }

    /** The field tables of docs/data.md's explainer.json section: "### name" then "| `field` |" rows. */
    private static Map<String, List<String>> documentedFields(String md) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String section = null;
        boolean inJson = false;
        for (String line : md.split("\n")) {
            if (line.startsWith("## ")) inJson = line.startsWith("## explainer.json");
            if (!inJson) continue;
            if (line.startsWith("### ")) {
                section = line.substring(4).strip();
                out.put(section, new ArrayList<>());
            } else if (section != null && line.startsWith("| `")) {
                out.get(section).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return out;
    }

    @Test
    void everyExportIsARouteContentMayLinkTo() {
        for (String route : Exports.ROUTES) {
            String file = route.endsWith("/") ? route + "index.html" : route;
            assertTrue(Files.isRegularFile(real.out().resolve(file)), file);
        }
    }

    @Test
    void sitemapLeavesOutTheEmbedPage() {
        assertFalse(real.read("sitemap.xml").contains("embed/"));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
