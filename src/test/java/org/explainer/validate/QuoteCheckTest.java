package org.explainer.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteCheckTest {

    private static final String SOURCE = """
            The union said it would not accept a contract that was \u201Cunsafe and unfair\u201D.
            \u201CWe cannot accept that working at 9pm on a Saturday is viewed the same as
            working at 9am on a Tuesday,\u201D said the committee\u2019s chair \u2014 adding that
            talks were over.  A long-standing grievance\u2013one of many\u2013remained.
            The minister said the door remained open, and that the offer was fair.
            """;

    private static Optional<String> check(String quote) {
        return QuoteCheck.findMismatch(quote, SOURCE);
    }

    @Test
    void acceptsQuoteAcrossLineBreaksAndExtraSpaces() {
        assertEquals(Optional.empty(), check("viewed   the same as\n\tworking at 9am"));
    }

    @Test
    void acceptsStraightQuotesAndApostrophesForCurlyOnes() {
        assertEquals(Optional.empty(), check("said the committee's chair"));
        assertEquals(Optional.empty(), check("a contract that was \"unsafe and unfair\"."));
    }

    @Test
    void acceptsCurlyQuotesForStraightOnesInTheSource() {
        assertEquals(Optional.empty(), QuoteCheck.findMismatch("the \u2018door\u2019 opened", "and the 'door' opened"));
    }

    @Test
    void acceptsHyphenForEnOrEmDashSpacedOrNot() {
        assertEquals(Optional.empty(), check("the committee's chair - adding that talks were over"));
        assertEquals(Optional.empty(), check("the committee's chair--adding that"));
        assertEquals(Optional.empty(), check("grievance - one of many - remained"));
        assertEquals(Optional.empty(), check("A long\u2014standing grievance"));
    }

    @Test
    void acceptsElisionsWrittenAsDotsEllipsisOrBrackets() {
        assertEquals(Optional.empty(), check("We cannot accept ... on a Tuesday"));
        assertEquals(Optional.empty(), check("We cannot accept\u2026on a Tuesday"));
        assertEquals(Optional.empty(), check("We cannot accept [...] on a Tuesday"));
        assertEquals(Optional.empty(), check("We cannot accept [\u2026] on a Tuesday, ... talks were over."));
    }

    @Test
    void acceptsLeadingAndTrailingElisions() {
        assertEquals(Optional.empty(), check("... the door remained open ..."));
    }

    @Test
    void refusesElidedPiecesOutOfOrder() {
        // "We cannot accept" is in the source, but before "on a Tuesday": the hint shows where it is.
        assertEquals(Optional.of("We cannot accept"), check("on a Tuesday ... We cannot accept"));
    }

    @Test
    void refusesOneChangedWordAndReportsExactlyThePassage() {
        assertEquals(Optional.of("the door remained open, and that the offer was fair."),
                check("the door remained shut, and that the offer was fair."));
    }

    @Test
    void reportsThePassageWhenNeitherItsStartNorItsEndMatches() {
        assertEquals(Optional.of("The minister said the door remained open, and that the offer was fair."),
                check("A minister said the door remained open, and that the offer is fair."));
    }

    @Test
    void reportsThePassageWhenTheQuoteDropsAWord() {
        assertEquals(Optional.of("working at 9pm on a Saturday is viewed the same as working"),
                check("working at 9pm on Saturday is viewed the same as working"));
    }

    @Test
    void quotesTheSourceAsWrittenInTheHint() {
        assertEquals(Optional.of("the committee\u2019s chair \u2014 adding that talks were"),
                check("the committee's chair - adding that talks are"));
    }

    @Test
    void refusesADifferenceOfCaseBecauseQuotesAreVerbatim() {
        assertEquals(Optional.of("the door remained open"), check("the Door remained open"));
    }

    @Test
    void refusesAPieceFoundOnlyInsideAWord() {
        assertEquals(Optional.of(""), QuoteCheck.findMismatch("one", "someone said so"));
        assertEquals(Optional.empty(), QuoteCheck.findMismatch("one", "someone said one thing"));
    }

    @Test
    void reportsNoPassageWhenNothingComesClose() {
        assertEquals(Optional.of(""), check("Entirely unrelated words here"));
    }

    @Test
    void cutsAVeryLongPassageForTheHint() {
        String words = "word ".repeat(200);
        String hint = QuoteCheck.findMismatch(words + "odd", words + "even").orElseThrow();
        assertEquals(ClosestPassage.MAX_PASSAGE + 1, hint.length());
        assertEquals('\u2026', hint.charAt(hint.length() - 1));
    }

    @Test
    void splitsAtEveryElisionForm() {
        assertEquals(List.of("a b", "c", "d", "e"), QuoteCheck.pieces("a b ... c \u2026 d [...] e"));
    }

    @Test
    void normalisesTypographyButNotWordsOrCase() {
        assertEquals("'It's' \"so\"-said A... B", QuoteCheck.normalise("\u2018It\u2019s\u2019 \u201Cso\u201D \u2014 said\u00A0A\u2026\n B\u00AD"));
    }
}
