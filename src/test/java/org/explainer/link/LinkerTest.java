package org.explainer.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.explainer.TestFiles;
import org.explainer.load.ContentLoader;
import org.explainer.model.Actor;
import org.explainer.model.Milestone;
import org.explainer.model.Quote;
import org.explainer.validate.Validator;
import org.junit.jupiter.api.Test;

class LinkerTest {

    private final Graph graph = Linker.link(Validator.validate(ContentLoader.load(TestFiles.BASIC), false));

    @Test
    void ordersTheTimelineWithAPartialDateBeforeTheFullDatesInItsPeriod() {
        assertEquals(List.of("2020-toll-proposed", "2021-03-strike", "2021-03-09-talks", "2021-04-second-strike"),
                graph.timeline().stream().map(Milestone::id).toList());
    }

    @Test
    void groupsActorsBySideInSiteOrderThenByName() {
        assertEquals(List.of("ana-lopez", "ferry-union", "mayor"), graph.actors().stream().map(Actor::id).toList());
        assertEquals(List.of("ana-lopez", "ferry-union"), graph.actorsBySide().get("union").stream().map(Actor::id).toList());
        assertEquals(List.of("ana-lopez"), graph.membersOf().get("ferry-union").stream().map(Actor::id).toList());
    }

    @Test
    void knowsEachActorsMilestonesAndQuotes() {
        assertEquals(List.of("2021-03-strike", "2021-03-09-talks"),
                graph.milestonesByActor().get("ana-lopez").stream().map(Milestone::id).toList());
        assertEquals(List.of("lopez-fair-toll", "lopez-unchecked"),
                graph.quotesByActor().get("ana-lopez").stream().map(Quote::id).toList());
        assertEquals(List.of("lopez-fair-toll"), graph.quotesByIssue().get("toll-level").stream().map(Quote::id).toList());
    }

    @Test
    void numbersSourcesByDateAndKnowsWhatCitesEach() {
        assertEquals(1, graph.number("harbour-news"));
        assertEquals(2, graph.number("council-minutes"));
        assertEquals(3, graph.number("radio-interview"));
        Graph.Citations c = graph.citationsOf("harbour-news");
        assertEquals(3, c.milestones().size());
        assertEquals(1, c.quotes().size());
        assertEquals(1, c.figures().size());
        assertEquals(1, c.issues().size());
    }
}
