package org.explainer.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    @Test
    void suggestsTheFieldAMisspellingWasMeantToBe() {
        assertEquals("did you mean 'actors'?", Suggest.didYouMean("actros", List.of("title", "date", "actors", "sources")));
        assertEquals("did you mean 'memberOf'?", Suggest.didYouMean("memberof", List.of("name", "memberOf", "side")));
    }

    @Test
    void offersOnlyTheClosestNamesAndAllOfThemWhenTied() {
        assertEquals("did you mean 'hunt'?", Suggest.didYouMean("hnut", List.of("hurt", "malawana", "hung", "hunt")));
        assertEquals("did you mean 'mayor' or 'meyer'?", Suggest.didYouMean("mayer", List.of("meyer", "mayor", "malawana")));
    }

    @Test
    void saysNothingWhenNothingIsClose() {
        assertEquals("", Suggest.didYouMean("zzzzzz", List.of("title", "date")));
    }

    @Test
    void countsASwappedPairOfLettersAsOneEdit() {
        assertEquals(1, Suggest.distance("sied", "side"));
    }
}
