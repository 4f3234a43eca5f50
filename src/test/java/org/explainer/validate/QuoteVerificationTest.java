package org.explainer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.explainer.TestFiles;
import org.explainer.load.ContentLoader;
import org.explainer.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quote verification as the build runs it: through the loader and the validator. */
class QuoteVerificationTest {

    @TempDir
    Path dir;

    @Test
    void verifiesQuotesWhoseSourceHasATextCopyAndLeavesTheOthersUnverified() {
        Validated v = Validator.validate(ContentLoader.load(TestFiles.BASIC), false);
        assertEquals(Set.of("lopez-fair-toll", "mayor-bridge-pays"), v.verifiedQuotes());
        assertEquals(3, v.content().quotes().size());
    }

    @Test
    void failsAMisquoteAtItsTextNamingTheQuoteAndTheClosestPassage() {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        TestFiles.write(content, "quotes/x.yaml", """
                - id: lopez-misquoted
                  actor: ana-lopez
                  text: "A fair toll is one the ferries can live with."
                  date: 2021-03-09
                  source: council-minutes
                """);
        ContentException e = assertThrows(ContentException.class,
                () -> Validator.validate(ContentLoader.load(content), false));
        assertEquals("validate", e.stage());
        assertEquals(List.of("quotes/x.yaml:3:9: the quote 'lopez-misquoted' does not appear in its source"
                + " 'council-minutes' (sources/council-minutes.txt) (hint: the closest passage reads"
                + " \"A fair toll is one the crews can live with.\")"), TestFiles.lines(e));
    }

    @Test
    void failsAQuoteWhoseElidedPiecesAreOutOfOrder() {
        Path content = TestFiles.copyBasic(dir.resolve("content"));
        TestFiles.write(content, "quotes/x.yaml", """
                - id: mayor-reordered
                  actor: mayor
                  text: "and it will ... The bridge must pay for itself"
                  date: 2020
                  source: harbour-news
                """);
        ContentException e = assertThrows(ContentException.class,
                () -> Validator.validate(ContentLoader.load(content), false));
        assertEquals(List.of("quotes/x.yaml:3:9: the quote 'mayor-reordered' does not appear in its source"
                + " 'harbour-news' (sources/harbour-news.txt) (hint: the closest passage reads"
                + " \"The bridge must pay for itself\")"), TestFiles.lines(e));
    }
}
